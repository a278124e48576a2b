package dev.cachelab.scenario;

import dev.cachelab.scenario.Sandbox.Fire;
import dev.cachelab.scenario.SandboxChoices.Mutation;
import dev.cachelab.scenario.SandboxChoices.Site;
import dev.cachelab.scenario.SandboxChoices.Tool;

import java.util.ArrayList;
import java.util.List;

/** The sandbox's narration for a fired mutation, and its notes on where real Next.js 16.4.6 differs. */
final class SandboxText {

    private SandboxText() {
    }

    static String mutationNarration(Fire f) {
        Mutation m = f.mutation();
        String where = switch (f.site()) {
            case SERVER_ACTION -> "A Server Action";
            case ROUTE_HANDLER -> "A Route Handler (" + m.handlerUrl + ")";
            case CLIENT_COMPONENT -> "A client component";
        };
        if (f.tool() == Tool.ROUTER_REFRESH) {
            return m.label + ": the row is written, and nothing on the server is invalidated.";
        }
        String what = switch (f.tool()) {
            case UPDATE_TAG -> "expires its tags now, so the next read waits for fresh data";
            case REVALIDATE_TAG_MAX -> "marks its tags stale: the next read serves the old value and regenerates in the background";
            case REVALIDATE_TAG_EXPIRE_0 -> "expires its tags now, like updateTag";
            case REVALIDATE_TAG_SINGLE -> "uses the deprecated one-argument form: a warning, then it behaves like updateTag";
            case REVALIDATE_PATH -> "expires the implicit tag of " + m.path;
            case REVALIDATE_PATH_PATTERN -> "expires every page rendered by " + (m.pattern != null ? m.pattern : m.path) + "/page";
            case SERVER_REFRESH -> "calls refresh(): no tag is invalidated; an action's page is re-rendered";
            case ROUTER_REFRESH -> "";
        };
        String prefix = f.site() == Site.CLIENT_COMPONENT ? where + " tries: next/cache in the browser throws"
                : where + " writes the row and " + what;
        return m.label + ". " + prefix + (f.tool() == SandboxChoices.recommended(m) && f.site() == m.naturalSite
                ? " — the lesson's choice for this mutation." : ".");
    }

    /** "source|text" pairs for the fire's step. */
    static List<String> notes(Fire f) {
        List<String> notes = new ArrayList<>();
        Mutation m = f.mutation();
        if (f.site() == Site.CLIENT_COMPONENT && f.tool() != Tool.ROUTER_REFRESH) {
            notes.add("spec §3.1, §4.4; next/cache.js|In a browser bundle next/cache exports stubs that throw \"`name` is"
                    + " only available in a Server Component.\" The write never happens and nothing is invalidated.");
            return notes;
        }
        switch (f.tool()) {
            case UPDATE_TAG -> {
                if (f.site() == Site.ROUTE_HANDLER) {
                    notes.add("R8, spec §3.1|updateTag only works in a Server Action. In a Route Handler it throws, the"
                            + " request answers 500, and nothing is invalidated — even the row written before it stays"
                            + " invisible to cached readers. Use revalidateTag(tag, 'max') or { expire: 0 } there.");
                } else if (m.redirect != null) {
                    notes.add("R16; FINDINGS difference 1|The redirect target renders fresh inside the action. But a"
                            + " prerendered [id] page another visitor opens next is served from its shell with the old"
                            + " data and regenerated in the background: \"the next read blocks\" is not the whole story.");
                }
            }
            case REVALIDATE_TAG_MAX -> {
                if (f.site() == Site.SERVER_ACTION) {
                    notes.add("spec §4.5, R21|'max' in a Server Action does not refresh the client: no"
                            + " x-action-revalidated header, no re-render. With a redirect, a prerendered target is"
                            + " served stale; a request-time target would show fresh data (R11).");
                }
            }
            case REVALIDATE_TAG_SINGLE -> notes.add("R8, spec §4.3|Deprecated: prints a warning on every call and then"
                    + " behaves exactly like updateTag — but unlike updateTag it is also allowed in a Route Handler.");
            case REVALIDATE_TAG_EXPIRE_0 -> notes.add("R8, spec §4.3|{ expire: 0 } expires now, and in a Server Action it"
                    + " also refreshes the client, like updateTag. It is the escape hatch for Route Handlers.");
            case REVALIDATE_PATH, REVALIDATE_PATH_PATTERN -> notes.add("R3, R15, spec §5.4|revalidatePath expires the"
                    + " implicit tag of one URL (or one page file with 'page'). Another prerendered page showing the same"
                    + " data keeps its old copy; request-time pages share the recomputed 'use cache' entry. From a"
                    + " Server Action it also empties the browser's router cache, so previously visited pages refetch.");
            case ROUTER_REFRESH -> notes.add("R23, FINDINGS differences 7 and 8|router.refresh() re-renders the page but"
                    + " invalidates nothing on the server, so a cached read returns the same value. It is not debounced:"
                    + " every call sends a request. Invalidate on the server first, then refresh.");
            case SERVER_REFRESH -> notes.add(f.site() == Site.ROUTE_HANDLER
                    ? "R29|refresh() only works in a Server Action: in a Route Handler it throws and the request answers 500."
                    : "R29, spec §6.2|refresh() invalidates no tag. A prerendered page's browser still gets the route"
                    + " cache's copy, while the page's cached reads were recomputed behind it.");
        }
        return notes;
    }
}
