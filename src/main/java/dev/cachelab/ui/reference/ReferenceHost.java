package dev.cachelab.ui.reference;

import dev.cachelab.reference.Reference;
import javafx.scene.layout.StackPane;

import java.util.function.Consumer;

/**
 * Puts the Reference panel over a window and answers every {@link ReferenceEvent} fired inside it: a rule, section
 * or finding link opens the panel there; a case link or a Play button hands the case to {@code playCase} (the
 * explorer). Installed once per window, so a screen only has to show links.
 */
public final class ReferenceHost {

    private final ReferenceViewModel model;
    private final ReferencePanel panel;

    private ReferenceHost(StackPane root, Consumer<String> playCase) {
        model = new ReferenceViewModel(Reference.bundled(), BundledCases::exists, playCase);
        panel = new ReferencePanel(model);
        root.getChildren().add(panel.node());
        root.addEventHandler(ReferenceEvent.OPEN, e -> {
            if (model.open(e.target())) e.consume();
        });
        root.addEventHandler(ReferenceEvent.PLAY_CASE, e -> {
            if (model.play(e.target())) e.consume();
        });
    }

    /** Installs the panel as the top layer of {@code root}, the window's scene root. */
    public static ReferenceHost install(StackPane root, Consumer<String> playCase) {
        return new ReferenceHost(root, playCase);
    }

    public ReferenceViewModel model() {
        return model;
    }
}
