package dev.cachelab.engine;

import dev.cachelab.engine.app.RouteDef;
import dev.cachelab.engine.event.RouteVerdict;
import dev.cachelab.engine.state.Output;

import java.util.List;
import java.util.Map;

/**
 * One rendered response for a page: what it displays, its status, how the route-level cache answered ({@code verdict}
 * null when it was not consulted), the {@code x-nextjs-cache} header, caught render errors, and whether the payload
 * was rendered at run time rather than served from build output (R33).
 */
record PageResult(RouteDef route, String pathname, Map<String, Output> outputs, int status, RouteVerdict verdict,
                  String header, List<String> caughtErrors, boolean runtimeRendered) {
}
