package dev.cachelab.engine.event;

public enum RequestKind {
    HTTP_GET("GET"), FULL_LOAD("full page load of"), RSC_REFRESH("router.refresh() fetches"),
    RSC_NAVIGATION("Link navigation fetches"), SERVER_ACTION("Server Action POST to"),
    ROUTE_HANDLER("Route Handler POST to"), ACTION_RENDER("action response renders"),
    REDIRECT_RENDER("action redirect renders");

    private final String label;

    RequestKind(String label) { this.label = label; }

    public String label() { return label; }
}
