package dev.cachelab.scenario;

import dev.cachelab.scenario.Sandbox.Fire;
import dev.cachelab.scenario.SandboxChoices.Mutation;
import dev.cachelab.scenario.SandboxChoices.Site;
import dev.cachelab.scenario.SandboxChoices.Tool;

import dev.cachelab.engine.StepResult;

import java.util.ArrayList;
import java.util.List;

/** The sandbox's narration for a fired mutation, and its notes on where real Next.js 16.4.6 differs. */
final class SandboxText {

    private SandboxText() {
    }

    /**
     * The narration of a fire's mutation step, told from what the engine did in it ({@code r}), not from the tool
     * alone: whether the row was written, whether a call threw and with which message, what the response was,
     * which tags were marked stale or expired — or that nothing was invalidated.
     */
    static String mutationNarration(Fire f, StepResult r) {
        Mutation m = f.mutation();
        SandboxOutcome o = SandboxOutcome.of(r);
        StringBuilder b = new StringBuilder(m.label).append(". ");
        // router.refresh() runs after the write, which happens where the mutation naturally runs
        Site site = f.tool() == Tool.ROUTER_REFRESH ? m.naturalSite : f.site();
        switch (site) {
            case SERVER_ACTION -> b.append("A Server Action");
            case ROUTE_HANDLER -> b.append("A Route Handler (").append(m.handlerUrl).append(")");
            case CLIENT_COMPONENT -> b.append("A client component");
        }
        List<String> did = new ArrayList<>();
        if (o.written() != null) did.add("writes the row (v" + o.written() + ")");
        if (o.rolledBackTo() != null) did.add("rolls the write back (v" + o.rolledBackTo() + ")");
        String call = f.tool() == Tool.ROUTER_REFRESH ? null : callName(f.tool());
        if (call != null) {
            did.add((f.site() == Site.CLIENT_COMPONENT ? "calls " + call + " in the browser" : "calls " + call)
                    + (o.error() != null ? ", which throws: \"" + shortError(o.error()) + "\"" : ""));
        } else if (o.error() != null) {
            did.add("throws: \"" + shortError(o.error()) + "\"");
        }
        String done = did.isEmpty() ? " runs" : " " + join(did);
        b.append(done).append(done.endsWith(".\"") ? " " : ". ");
        boolean browserOnly = site == Site.CLIENT_COMPONENT && o.error() != null;
        if (browserOnly) b.append("No request reaches the server: the row is not written and nothing is invalidated");
        if (o.status() != null && o.status() >= 500) b.append("The request answers ").append(o.status()).append(". ");
        if (o.errorPage()) b.append("The user gets Next.js's error page. ");
        if (o.warned()) b.append("The server log prints a warning. ");
        if (!o.expired().isEmpty()) {
            b.append(tags(o.expired())).append(o.expired().size() == 1 ? " expires" : " expire")
                    .append(" now: the next read of ").append(o.expired().size() == 1 ? "it" : "them")
                    .append(" waits for fresh data");
        }
        if (!o.stale().isEmpty()) {
            b.append(o.expired().isEmpty() ? "" : "; ").append(o.expired().isEmpty() ? tags(o.stale()) : lower(tags(o.stale())))
                    .append(o.stale().size() == 1 ? " is" : " are")
                    .append(" marked stale: the next read serves the old value and regenerates in the background");
        }
        if (o.expired().isEmpty() && o.stale().isEmpty() && !browserOnly) {
            b.append("Nothing is invalidated");
            if (o.written() != null && o.rolledBackTo() == null) b.append(": cached readers keep the old data although the database holds v").append(o.written());
            if (f.tool() == Tool.SERVER_REFRESH && o.error() == null && f.site() == Site.SERVER_ACTION) {
                b.append("; the action's response re-renders the page from the cache");
            }
            if (f.tool() == Tool.ROUTER_REFRESH) b.append("; next, the user's client component calls router.refresh()");
        }
        boolean lesson = f.tool() == SandboxChoices.recommended(m) && f.site() == m.naturalSite && o.error() == null;
        return b.append(lesson ? " — the lesson's choice for this mutation." : ".").toString();
    }

    private static String callName(Tool t) {
        return switch (t) {
            case UPDATE_TAG -> "updateTag";
            case REVALIDATE_TAG_MAX -> "revalidateTag(tag, 'max')";
            case REVALIDATE_TAG_EXPIRE_0 -> "revalidateTag(tag, { expire: 0 })";
            case REVALIDATE_TAG_SINGLE -> "the deprecated one-argument revalidateTag(tag)";
            case REVALIDATE_PATH -> "revalidatePath(path)";
            case REVALIDATE_PATH_PATTERN -> "revalidatePath(pattern, 'page')";
            case REVALIDATE_PATH_LAYOUT -> "revalidatePath(path, 'layout')";
            case SERVER_REFRESH -> "refresh()";
            case ROUTER_REFRESH -> "router.refresh()";
        };
    }

    /** "Tag org:org1", "Tags a and b", "The implicit tag _N_T_/invoices (the page /invoices)". */
    private static String tags(List<String> tags) {
        List<String> named = tags.stream().map(SandboxText::implicit).toList();
        boolean allImplicit = tags.stream().allMatch(t -> t.startsWith(IMPLICIT));
        String head = allImplicit ? (tags.size() == 1 ? "The implicit tag " : "The implicit tags ")
                : tags.size() == 1 ? "Tag " : "Tags ";
        return head + join(named);
    }

    private static final String IMPLICIT = "_N_T_";

    private static String implicit(String tag) {
        if (!tag.startsWith(IMPLICIT)) return tag;
        String path = tag.substring(IMPLICIT.length());
        if (path.endsWith("/layout")) return tag + " (every page under " + path.substring(0, path.length() - 7) + ")";
        if (path.endsWith("/page")) return tag + " (every page of " + path.substring(0, path.length() - 5) + ")";
        return tag + " (the page " + path + ")";
    }

    /** The real message without its "See more info here: <url>" tail, which the Events tab keeps. */
    private static String shortError(String message) {
        int see = message.indexOf(" See more info");
        return see > 0 ? message.substring(0, see) : message;
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String join(List<String> parts) {
        if (parts.size() <= 1) return parts.isEmpty() ? "" : parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
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
            case REVALIDATE_PATH_LAYOUT -> notes.add("R9, spec §2.4, §5.2|With 'layout', revalidatePath records the"
                    + " implicit tag of a layout (" + m.path + "/layout). Every page rendered under that layout carries"
                    + " it — the list and each of its records — so all of them are expired, whichever URL they have."
                    + " From a Server Action it also empties the browser's router cache.");
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
