package dev.cachelab.ui.explorer;

import dev.cachelab.ui.reference.ReferenceEvent;
import javafx.scene.Node;
import org.controlsfx.control.PopOver;

import java.util.function.Supplier;

/** What the explorer's pop-overs (a note, Why?) share. */
final class PopOvers {

    private PopOvers() {
    }

    /**
     * A pop-over is a window of its own: a reference link inside it fires its event there, where the window's Reference
     * panel never hears it. Hand such events on to the main window, through the node the pop-over points at.
     */
    static void forwardReferenceEvents(PopOver popOver, Supplier<Node> anchor) {
        popOver.getRoot().addEventHandler(ReferenceEvent.ANY, e -> {
            Node to = anchor.get();
            if (to == null || to.getScene() == null) return;
            e.consume();
            boolean play = e.getEventType() == ReferenceEvent.PLAY_CASE;
            to.fireEvent(new ReferenceEvent(play ? ReferenceEvent.PLAY_CASE : ReferenceEvent.OPEN, e.target()));
            popOver.hide(); // the learner moves on: to the Reference panel, or to the case in the explorer
        });
    }
}
