package dev.cachelab.scenario;

import java.util.List;

/** What the explorer's tool picker offers: a mutation to fire, the invalidation tool, and where it is called. */
public final class SandboxChoices {

    private SandboxChoices() {
    }

    public enum Tool {
        UPDATE_TAG("updateTag(tag)"),
        REVALIDATE_TAG_MAX("revalidateTag(tag, 'max')"),
        REVALIDATE_TAG_EXPIRE_0("revalidateTag(tag, { expire: 0 })"),
        REVALIDATE_TAG_SINGLE("revalidateTag(tag) — deprecated"),
        REVALIDATE_PATH("revalidatePath(path)"),
        REVALIDATE_PATH_PATTERN("revalidatePath(pattern, 'page')"),
        REVALIDATE_PATH_LAYOUT("revalidatePath(pattern, 'layout')"),
        ROUTER_REFRESH("router.refresh()"),
        SERVER_REFRESH("refresh() from next/cache");

        private final String label;

        Tool(String label) { this.label = label; }

        public String label() { return label; }

        @Override public String toString() { return label; }
    }

    public enum Site {
        SERVER_ACTION("Server Action"), ROUTE_HANDLER("Route Handler"), CLIENT_COMPONENT("client component");

        private final String label;

        Site(String label) { this.label = label; }

        public String label() { return label; }

        @Override public String toString() { return label; }
    }

    /**
     * A write the lesson talks about: where the user is while it happens, its natural call site, the tags and
     * paths it touches, and which pages the people involved look at afterwards.
     */
    public enum Mutation {
        FORM_SAVE("Save invoice #42 from a form (the user is watching)", true, Site.SERVER_ACTION, "/invoices/42",
                "/invoices", "/api/invoices", List.of("invoices:list:org1", "invoices:record:org1:42"),
                "/invoices", "/invoices/[id]", List.of("/invoices", "/dashboard"), null,
                "saveInvoice"),
        WEBHOOK("A payment webhook (nobody is watching)", false, Site.ROUTE_HANDLER, "/dashboard", null,
                "/api/webhooks/billing", List.of("org:org1"), "/billing", null, List.of("/billing", "/dashboard"),
                "/billing", "applyPayment"),
        CRON_IMPORT("The nightly import of 5,000 products", false, Site.ROUTE_HANDLER, "/products", null,
                "/api/cron/import", List.of("products:all"), "/products", "/products/[id]",
                List.of("/products", "/products/1"), null, "importProducts"),
        ADMIN_EDIT("An admin edits another tenant's invoice", false, Site.SERVER_ACTION, "/admin/org2", null,
                "/api/admin/invoices", List.of("invoices:list:org2", "org:org2"), "/org2/invoices", null,
                List.of("/org2/invoices"), null, "adminUpdateInvoice"),
        SITEMAP("Regenerate the sitemap", false, Site.ROUTE_HANDLER, "/products", null, "/api/sitemap/rebuild",
                List.of("sitemap"), "/sitemap.xml", null, List.of("/sitemap.xml"), null, "rebuildSitemap");

        public final String label;
        /** Does the person who made the change look at the result right away? (the lesson's question) */
        public final boolean userWatches;
        public final Site naturalSite;
        public final String userPage;
        public final String redirect;
        public final String handlerUrl;
        public final List<String> tags;
        public final String path;
        public final String pattern;
        public final List<String> visitorPages;
        /** A page the user opens later, when they were not watching. */
        public final String userLater;
        public final String writeFunction;

        Mutation(String label, boolean userWatches, Site naturalSite, String userPage, String redirect,
                 String handlerUrl, List<String> tags, String path, String pattern, List<String> visitorPages,
                 String userLater, String writeFunction) {
            this.label = label;
            this.userWatches = userWatches;
            this.naturalSite = naturalSite;
            this.userPage = userPage;
            this.redirect = redirect;
            this.handlerUrl = handlerUrl;
            this.tags = tags;
            this.path = path;
            this.pattern = pattern;
            this.visitorPages = visitorPages;
            this.userLater = userLater;
            this.writeFunction = writeFunction;
        }

        @Override public String toString() { return label; }
    }

    /** router.refresh() lives in the browser; the other tools run on the server (or throw in the browser). */
    public static boolean allowed(Tool tool, Site site) {
        return tool != Tool.ROUTER_REFRESH || site == Site.CLIENT_COMPONENT;
    }

    /** The lesson's answer for a mutation: read-your-writes gets updateTag, everything else 'max' or a path. */
    public static Tool recommended(Mutation m) {
        return switch (m) {
            case FORM_SAVE -> Tool.UPDATE_TAG;
            case SITEMAP -> Tool.REVALIDATE_PATH;
            default -> Tool.REVALIDATE_TAG_MAX;
        };
    }
}
