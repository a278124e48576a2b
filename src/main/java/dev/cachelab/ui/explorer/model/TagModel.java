package dev.cachelab.ui.explorer.model;

/** One tag of the tags manifest: when it went stale, when it expires, and the call that wrote it. */
public record TagModel(String tag, String state, String stale, String expired, String cause) { }
