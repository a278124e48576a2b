package dev.cachelab.ui.explorer.model;

import java.util.List;

/** What the server is doing: the context (Server Action, Route Handler, render…), its calls, pending tags, an error. */
public record ServerModel(String context, List<String> calls, List<String> pending, String error) {

    public static final ServerModel IDLE = new ServerModel("idle", List.of(), List.of(), "");
}
