package dev.cachelab.engine.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Arrays;

/**
 * A route of the app: a file-system path such as {@code /invoices/[id]}, how it renders, the params built at
 * {@code next build} ({@code staticParams}), the cached reads the page awaits, and calls it makes while rendering.
 */
public record RouteDef(String path, Rendering rendering, List<Map<String, String>> staticParams,
                       List<CallExpr> reads, List<RenderCall> renderCalls, String note) {

    public boolean isRouteHandler() {
        return rendering == Rendering.ROUTE_HANDLER;
    }

    public boolean isPage() {
        return !isRouteHandler();
    }

    /** A {@code [param]} segment: R16 and R35 treat these routes differently. */
    public boolean hasDynamicSegment() {
        return path.contains("[");
    }

    /** The route file path used by the implicit tags, e.g. {@code /invoices/[id]/page} (spec §2.4). */
    public String filePath() {
        String leaf = isRouteHandler() ? "route" : "page";
        return path.equals("/") ? "/" + leaf : path + "/" + leaf;
    }

    private String[] segments() {
        return path.equals("/") ? new String[0] : path.substring(1).split("/");
    }

    /** The route parameters when {@code pathname} is served by this route, else null. */
    public Map<String, String> match(String pathname) {
        // every match starts with the path's literal part (a loaded path has no empty segment): a test without
        // allocation that settles static routes and skips splitting for most others
        int dynamic = path.indexOf('[');
        if (!pathname.regionMatches(0, path, 0, dynamic < 0 ? path.length() : dynamic)) return null;
        if (dynamic < 0) {
            for (int i = path.length(); i < pathname.length(); i++) if (pathname.charAt(i) != '/') return null;
            return new LinkedHashMap<>();
        }
        String[] pattern = segments();
        String[] actual = pathname.equals("/") ? new String[0] : pathname.substring(1).split("/");
        if (pattern.length != actual.length) return null;
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i];
            if (p.startsWith("[") && p.endsWith("]")) {
                if (actual[i].isEmpty()) return null;
                params.put(p.substring(1, p.length() - 1), actual[i]);
            } else if (!p.equals(actual[i])) {
                return null;
            }
        }
        return params;
    }

    /** How specific the route is: static segments win over dynamic ones when both match (Next.js routing). */
    public int staticSegmentCount() {
        int n = 0;
        for (String s : segments()) if (!s.startsWith("[")) n++;
        return n;
    }

    /** The concrete pathname for a set of params, e.g. {@code /invoices/42}. */
    public String pathnameFor(Map<String, String> params) {
        if (path.equals("/")) return "/";
        StringBuilder b = new StringBuilder();
        for (String s : segments()) {
            b.append('/');
            if (s.startsWith("[") && s.endsWith("]")) b.append(params.getOrDefault(s.substring(1, s.length() - 1), ""));
            else b.append(s);
        }
        return b.toString();
    }

    /** Names of the route's parameters, in path order. */
    public List<String> paramNames() {
        return Arrays.stream(segments()).filter(s -> s.startsWith("[") && s.endsWith("]"))
                .map(s -> s.substring(1, s.length() - 1)).toList();
    }
}
