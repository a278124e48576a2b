package dev.cachelab.engine.state;

/**
 * The two copies of a prerendered page (R5 of Part A, R24, R34): HTTP GETs, full loads, action redirects and
 * the first refresh or Link navigation read the main copy; later ones read the refresh copy first.
 */
public enum RouteCopy {
    MAIN, REFRESH
}
