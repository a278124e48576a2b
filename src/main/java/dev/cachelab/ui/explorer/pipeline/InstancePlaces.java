package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.ui.explorer.model.InstanceModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;

/**
 * One {@code next start} process on the picture: its server with its lanes and its caches (tags manifest, route
 * cache, {@code 'use cache'} store). With several instances the server is titled with the instance's name; node ids
 * of every instance but the first end in "-on-B" so each stays unique.
 */
final class InstancePlaces {

    private final String name;
    private final ServerBox server;
    private final CachePlaces caches;

    InstancePlaces(InstanceModel model, boolean first, LongProperty nowMs, PipelineStage.Selection select,
                   BooleanProperty details, CardPacer pacer) {
        this.name = model.name();
        String suffix = first ? "" : "-on-" + Actions.idPart(model.name());
        server = new ServerBox(model.serverProperty(), details, suffix);
        caches = new CachePlaces(model, nowMs, suffix, select, details, pacer);
    }

    String name() { return name; }
    ServerBox server() { return server; }
    CachePlaces caches() { return caches; }
}
