package dev.cachelab.scenario;

import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.scenario.Sandbox.Fire;
import dev.cachelab.scenario.SandboxChoices.Mutation;
import dev.cachelab.scenario.SandboxChoices.Site;

import java.util.ArrayList;
import java.util.List;

/**
 * The narration of a fire's mutation step, told from what the engine did in it, never from what the tool usually
 * does: whether the row was written, whether a call threw and with which message, what the response was, which
 * tags were marked stale or expired (or that nothing was invalidated), and what the user's page shows afterwards.
 * What the next reader gets is told at that reader's own step ({@link SandboxReads}).
 */
final class SandboxText {

    private static final String IMPLICIT = "_N_T_";

    private SandboxText() {
    }

    static String mutationNarration(Fire f, StepResult r, int database) {
        Mutation m = f.mutation();
        SandboxOutcome o = SandboxOutcome.of(r);
        StringBuilder b = new StringBuilder(m.label()).append(". ");
        // router.refresh() runs after the write, which happens where the mutation naturally runs
        Site site = f.tool().inBrowser() ? m.naturalSite() : f.site();
        switch (site) {
            case SERVER_ACTION -> b.append("A Server Action");
            case ROUTE_HANDLER -> b.append("A Route Handler (").append(m.handlerUrl()).append(")");
            case CLIENT_COMPONENT -> b.append("A client component");
        }
        List<String> did = new ArrayList<>();
        if (o.written() != null) did.add("writes the row (v" + o.written() + ")");
        if (o.rolledBackTo() != null) did.add("rolls the write back (v" + o.rolledBackTo() + ")");
        if (!f.tool().inBrowser()) {
            String call = f.tool().callName();
            did.add((f.site() == Site.CLIENT_COMPONENT ? "calls " + call + " in the browser" : "calls " + call)
                    + (o.error() != null ? ", which throws: \"" + shortError(o.error()) + "\"" : ""));
        } else if (o.error() != null) {
            did.add("throws: \"" + shortError(o.error()) + "\"");
        }
        String done = did.isEmpty() ? " runs" : " " + join(did);
        b.append(done).append(done.endsWith(".\"") ? " " : ". ");
        boolean browserOnly = site == Site.CLIENT_COMPONENT && o.error() != null;
        if (browserOnly) b.append("No request reaches the server: the row is not written and nothing is invalidated. ");
        if (o.status() != null && o.status() >= 500) b.append("The request answers ").append(o.status()).append(". ");
        if (o.warned()) b.append("The server log prints a warning. ");
        List<String> said = new ArrayList<>();
        if (!o.expired().isEmpty()) said.add(tags(o.expired()) + (o.expired().size() == 1 ? " is" : " are") + " marked expired");
        if (!o.stale().isEmpty()) {
            said.add((said.isEmpty() ? tags(o.stale()) : lower(tags(o.stale()))) + (o.stale().size() == 1 ? " is" : " are")
                    + " marked stale");
        }
        if (!said.isEmpty()) b.append(String.join("; ", said)).append(" in the tags manifest. ");
        if (o.expired().isEmpty() && o.stale().isEmpty() && !browserOnly) {
            b.append("Nothing is invalidated");
            if (o.written() != null && o.rolledBackTo() == null) {
                b.append(": cached readers keep the old data although the database holds v").append(o.written());
            }
            if (f.tool().inBrowser()) b.append("; next, the user's client component calls router.refresh()");
            b.append(". ");
        }
        if (site == Site.SERVER_ACTION) b.append(userAfter(r, o, database)).append(". ");
        boolean lesson = f.tool() == SandboxChoices.recommended(m) && f.site() == m.naturalSite() && o.error() == null;
        String text = b.toString().trim();
        return lesson ? text.substring(0, text.length() - 1) + " — the lesson's choice for this mutation." : text;
    }

    /** What the user's screen shows once the action has answered. */
    private static String userAfter(StepResult r, SandboxOutcome o, int database) {
        if (o.errorPage()) return "The user gets Next.js's error page";
        EngineEvent.PageShown shown = null;
        for (EngineEvent e : r.events()) if (e instanceof EngineEvent.PageShown p && !p.errorPage()) shown = p;
        if (shown == null) {
            return "Nothing is rendered in the response: the page on the user's screen stays as it was"
                    + (r.served() == null || r.served().isEmpty() ? "" : ", " + SandboxReads.versions(r.served(), database));
        }
        return "The user's browser now shows " + shown.url() + ": " + SandboxReads.versions(r.served(), database);
    }

    /** "Tag org:org1", "Tags a and b", "The implicit tag _N_T_/invoices (the page /invoices)". */
    private static String tags(List<String> tags) {
        List<String> named = tags.stream().map(SandboxText::implicit).toList();
        boolean allImplicit = tags.stream().allMatch(t -> t.startsWith(IMPLICIT));
        String head = allImplicit ? (tags.size() == 1 ? "The implicit tag " : "The implicit tags ")
                : tags.size() == 1 ? "Tag " : "Tags ";
        return head + join(named);
    }

    private static String implicit(String tag) {
        if (!tag.startsWith(IMPLICIT)) return tag;
        String path = tag.substring(IMPLICIT.length());
        if (path.endsWith("/layout")) return tag + " (every page under " + path.substring(0, path.length() - 7) + ")";
        if (path.endsWith("/page")) return tag + " (every page of " + path.substring(0, path.length() - 5) + ")";
        return tag + " (the page " + path + " only)";
    }

    /** The real message without its "See more info here: <url>" tail, which the Events tab keeps. */
    static String shortError(String message) {
        int see = message.indexOf(" See more info");
        return see > 0 ? message.substring(0, see) : message;
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String join(List<String> parts) {
        if (parts.size() <= 1) return parts.isEmpty() ? "" : parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
