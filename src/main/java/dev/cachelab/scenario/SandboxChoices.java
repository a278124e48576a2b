package dev.cachelab.scenario;

import dev.cachelab.engine.app.Call;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the explorer's tool picker offers: a mutation to fire ({@link Mutation}), the invalidation tool, and where it
 * is called. {@link Tool} is the one registry of sandbox tools: adding a tool is adding an entry here (its label, its
 * import, the name the narration uses, whether it takes tags, and the calls it makes for a mutation); the code panel,
 * the narration and the compare table read everything else from it.
 */
public final class SandboxChoices {

    private SandboxChoices() {
    }

    public enum Tool {
        UPDATE_TAG("updateTag(tag)", "updateTag", "updateTag", true, false,
                m -> each(m, Call.UpdateTag::new)),
        REVALIDATE_TAG_MAX("revalidateTag(tag, 'max')", "revalidateTag", "revalidateTag(tag, 'max')", true, false,
                m -> each(m, t -> new Call.RevalidateTag(t, new Call.NamedProfile("max")))),
        REVALIDATE_TAG_EXPIRE_0("revalidateTag(tag, { expire: 0 })", "revalidateTag", "revalidateTag(tag, { expire: 0 })",
                true, false, m -> each(m, t -> new Call.RevalidateTag(t, new Call.ExpireProfile(0L)))),
        REVALIDATE_TAG_SINGLE("revalidateTag(tag) — deprecated", "revalidateTag",
                "the deprecated one-argument revalidateTag(tag)", true, false, m -> each(m, t -> new Call.RevalidateTag(t, null))),
        REVALIDATE_PATH("revalidatePath(path)", "revalidatePath", "revalidatePath(path)", false, false,
                m -> List.of(new Call.RevalidatePath(m.path(), null))),
        /** The route file's path: for a route without params it is the page's own path. */
        REVALIDATE_PATH_PATTERN("revalidatePath(pattern, 'page')", "revalidatePath", "revalidatePath(pattern, 'page')",
                false, false, m -> List.of(new Call.RevalidatePath(m.pattern() != null ? m.pattern() : m.path(), "page"))),
        /** The section's layout (the list page's folder): every page below it, the list and its records. */
        REVALIDATE_PATH_LAYOUT("revalidatePath(path, 'layout')", "revalidatePath", "revalidatePath(path, 'layout')",
                false, false, m -> List.of(new Call.RevalidatePath(m.path(), "layout"))),
        /** Runs in the browser after the write, which happens where the mutation naturally runs; it calls nothing. */
        ROUTER_REFRESH("router.refresh()", "useRouter", "router.refresh()", false, true, m -> List.of()),
        SERVER_REFRESH("refresh() from next/cache", "refresh", "refresh()", false, false, m -> List.of(new Call.Refresh()));

        private final String label;
        private final String importName;
        private final String callName;
        private final boolean takesTags;
        private final boolean inBrowser;
        private final Function<Mutation, List<Call>> calls;

        Tool(String label, String importName, String callName, boolean takesTags, boolean inBrowser,
             Function<Mutation, List<Call>> calls) {
            this.label = label;
            this.importName = importName;
            this.callName = callName;
            this.takesTags = takesTags;
            this.inBrowser = inBrowser;
            this.calls = calls;
        }

        /** The name in the picker. */
        public String label() { return label; }

        /** What the handler imports for it ({@code next/cache}, or {@code next/navigation} for the router). */
        public String importName() { return importName; }

        /** How the narration names the call. */
        public String callName() { return callName; }

        /** Whether it takes the mutation's tags (taken from the {@code lib/tags.ts} helpers in the code panel). */
        public boolean takesTags() { return takesTags; }

        /** A browser-only call (router.refresh): it runs in a client component after the write. */
        public boolean inBrowser() { return inBrowser; }

        /** The invalidation calls it makes for {@code m}. */
        public List<Call> calls(Mutation m) { return calls.apply(m); }

        @Override public String toString() { return label; }

        private static List<Call> each(Mutation m, Function<String, Call> call) {
            List<Call> out = new ArrayList<>();
            for (Mutation.Tag t : m.tags()) out.add(call.apply(t.value()));
            return out;
        }
    }

    public enum Site {
        SERVER_ACTION("Server Action"), ROUTE_HANDLER("Route Handler"), CLIENT_COMPONENT("client component");

        private final String label;

        Site(String label) { this.label = label; }

        public String label() { return label; }

        @Override public String toString() { return label; }
    }

    /** router.refresh() lives in the browser; the other tools run on the server (or throw in the browser). */
    public static boolean allowed(Tool tool, Site site) {
        return !tool.inBrowser() || site == Site.CLIENT_COMPONENT;
    }

    /** The lesson's answer for a mutation: read-your-writes gets updateTag, everything else 'max' or a path. */
    public static Tool recommended(Mutation m) {
        return m.lessonTool();
    }

    /**
     * A write the lesson talks about, as the sandbox fires it: where the user is while it happens, its natural call
     * site, the tags (each with the {@code lib/tags.ts} helper that builds it) and paths it touches, which pages the
     * people involved look at afterwards, and the tool the lesson picks for it. Built by the named factories below;
     * {@link #ALL} is the picker's list.
     *
     * @param userWatches does the person who made the change look at the result right away? (the lesson's question)
     * @param userLater   a page the user opens later, when they were not watching (or null)
     * @param crossTenant the tenant comes from the form, not the session (a support admin editing another company)
     */
    public record Mutation(String label, boolean userWatches, Site naturalSite, String userPage, String redirect,
                           String handlerUrl, List<Tag> tags, String path, String pattern, List<String> visitorPages,
                           String userLater, String writeFunction, boolean crossTenant, Tool lessonTool) {

        /** A tag the mutation touches and the helper that builds it, so the generated code never spells it by hand. */
        public record Tag(String value, SandboxTags.Helper helper) { }

        public Mutation {
            tags = List.copyOf(tags);
            visitorPages = List.copyOf(visitorPages);
        }

        public static final Mutation FORM_SAVE = userSave("Save invoice #42 from a form (the user is watching)", "saveInvoice",
                "/invoices/42", "/invoices", "/api/invoices",
                List.of(new Tag("invoices:list:org1", SandboxTags.INVOICE_LIST), new Tag("invoices:record:org1:42", SandboxTags.INVOICE_RECORD)),
                "/invoices", "/invoices/[id]", List.of("/invoices", "/dashboard"));
        public static final Mutation WEBHOOK = outOfBand("A payment webhook (nobody is watching)", "applyPayment", "/dashboard",
                "/api/webhooks/billing", List.of(new Tag("org:org1", SandboxTags.ORG_ALL)), "/billing", null,
                List.of("/billing", "/dashboard"), "/billing", Tool.REVALIDATE_TAG_MAX);
        public static final Mutation CRON_IMPORT = outOfBand("The nightly import of 5,000 products", "importProducts", "/products",
                "/api/cron/import", List.of(new Tag("products:all", SandboxTags.PRODUCTS_ALL)), "/products", "/products/[id]",
                List.of("/products", "/products/1"), null, Tool.REVALIDATE_TAG_MAX);
        public static final Mutation ADMIN_EDIT = adminEdit("An admin edits another tenant's invoice", "adminUpdateInvoice",
                "/admin/org2", "/api/admin/invoices",
                List.of(new Tag("invoices:list:org2", SandboxTags.INVOICE_LIST), new Tag("org:org2", SandboxTags.ORG_ALL)),
                "/org2/invoices", List.of("/org2/invoices"));
        public static final Mutation SITEMAP = outOfBand("Regenerate the sitemap", "rebuildSitemap", "/products",
                "/api/sitemap/rebuild", List.of(new Tag("sitemap", SandboxTags.SITEMAP)), "/sitemap.xml", null,
                List.of("/sitemap.xml"), null, Tool.REVALIDATE_PATH);

        /**
         * What a what-if fork aims a tool at (WhatIf): the tags a scenario's step names and a page it reaches, as a
         * mutation the tools' calls can be built from. It is never fired or shown, so it has no helpers or pages.
         */
        public static Mutation target(List<String> tags, String path, String pattern) {
            return new Mutation("what if", false, Site.SERVER_ACTION, path, null, null,
                    tags.stream().map(t -> new Tag(t, null)).toList(), path, pattern, List.of(), null, "", false,
                    Tool.UPDATE_TAG);
        }

        /** The picker's mutations, in order. */
        public static final List<Mutation> ALL = List.of(FORM_SAVE, WEBHOOK, CRON_IMPORT, ADMIN_EDIT, SITEMAP);

        /** A save the user makes from a form in a Server Action and watches land: read-your-writes, updateTag. */
        public static Mutation userSave(String label, String writeFunction, String userPage, String redirect, String handlerUrl,
                                        List<Tag> tags, String path, String pattern, List<String> visitorPages) {
            return new Mutation(label, true, Site.SERVER_ACTION, userPage, redirect, handlerUrl, tags, path, pattern,
                    visitorPages, null, writeFunction, false, Tool.UPDATE_TAG);
        }

        /** A write from outside (a webhook, a job's Route Handler) while the user is elsewhere: eventual freshness. */
        public static Mutation outOfBand(String label, String writeFunction, String userPage, String handlerUrl, List<Tag> tags,
                                         String path, String pattern, List<String> visitorPages, String userLater, Tool lessonTool) {
            return new Mutation(label, false, Site.ROUTE_HANDLER, userPage, null, handlerUrl, tags, path, pattern,
                    visitorPages, userLater, writeFunction, false, lessonTool);
        }

        /** A support admin's Server Action on another company's data: nobody who reads it is watching. */
        public static Mutation adminEdit(String label, String writeFunction, String userPage, String handlerUrl, List<Tag> tags,
                                         String path, List<String> visitorPages) {
            return new Mutation(label, false, Site.SERVER_ACTION, userPage, null, handlerUrl, tags, path, null, visitorPages,
                    null, writeFunction, true, Tool.REVALIDATE_TAG_MAX);
        }

        /** The tag strings, in order. */
        public List<String> tagValues() {
            return tags.stream().map(Tag::value).toList();
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
