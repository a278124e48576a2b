package dev.cachelab.engine.event;

public enum RunMode {
    BLOCKING("the request waits"), FILL("in the foreground, filling"), BACKGROUND("in the background"),
    BUILD("at next build");

    private final String label;

    RunMode(String label) { this.label = label; }

    public String label() { return label; }
}
