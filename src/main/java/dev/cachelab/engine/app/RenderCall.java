package dev.cachelab.engine.app;

/** A call a page makes while it renders; {@code caught} pages catch the exception and render its message (R30). */
public record RenderCall(Call call, boolean caught) { }
