package dev.cachelab.engine.state;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One viewer's browser (Part A 6, R33, R34): the page it shows, its {@code router.refresh()} count since the last
 * load or navigation, its client router cache and the URLs it has already fetched by Link navigation.
 */
public final class BrowserState {

    private final String viewer;
    private String url;
    private Map<String, Output> shown = Map.of();
    private boolean errorPage;
    private int refreshCount;
    private final Map<String, ClientPayload> clientCache = new LinkedHashMap<>();
    private final Set<String> navFetched = new LinkedHashSet<>();

    public BrowserState(String viewer) {
        this.viewer = viewer;
    }

    /** An independent browser showing the same page with the same router cache (an engine checkpoint). */
    public BrowserState copy() {
        BrowserState c = new BrowserState(viewer);
        c.url = url;
        c.shown = shown;
        c.errorPage = errorPage;
        c.refreshCount = refreshCount;
        c.clientCache.putAll(clientCache);
        c.navFetched.addAll(navFetched);
        return c;
    }

    public String viewer() { return viewer; }
    public String url() { return url; }
    public Map<String, Output> shown() { return shown; }
    public boolean errorPage() { return errorPage; }
    public int refreshCount() { return refreshCount; }
    public Map<String, ClientPayload> clientCache() { return Collections.unmodifiableMap(clientCache); }
    public Set<String> navFetched() { return Collections.unmodifiableSet(navFetched); }

    public void show(String url, Map<String, Output> outputs) {
        this.url = url;
        this.shown = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        this.errorPage = false;
    }

    public void showErrorPage() {
        this.shown = Map.of();
        this.errorPage = true;
    }

    public void resetRefreshCount() { refreshCount = 0; }
    public void countRefresh() { refreshCount++; }

    /** R22, R33: a full load or a client-refreshing action empties the client router cache and the nav record. */
    public void emptyClientCache() {
        clientCache.clear();
        navFetched.clear();
    }

    public void store(ClientPayload payload) { clientCache.put(payload.url(), payload); }
    public ClientPayload payload(String url) { return clientCache.get(url); }
    public void recordNavFetch(String url) { navFetched.add(url); }
    public boolean wasNavFetched(String url) { return navFetched.contains(url); }
}
