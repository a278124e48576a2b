package dev.cachelab.ui.explorer;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.controlsfx.control.PopOver;
import javafx.util.Duration;

/**
 * Why? for a part of the picture, in a pop-over beside it (ControlsFX {@link PopOver}): the explanation comes to
 * where the learner clicked, and the picture keeps its size. It follows the explorer as steps run; Esc or a click
 * elsewhere closes it.
 */
final class WhyPopOver {

    private final PopOver popOver;

    WhyPopOver(ExplorerViewModel vm) {
        Node content = InsightPanels.why(vm);
        if (content instanceof ScrollPane scroll) scroll.getStyleClass().add("why-popover-content");
        popOver = new PopOver(content);
        popOver.setDetachable(false);
        popOver.setTitle("Why?");
        popOver.setHeaderAlwaysVisible(true);
        popOver.setAutoHide(true);
        popOver.setConsumeAutoHidingEvents(false); // the click that closes it also reaches what it lands on
        // no fade: a fade-out started by that click would end by hiding the Why? the same click opens for the next part
        popOver.setAnimated(false);
        popOver.getRoot().setId("whyPopOver");
        popOver.getRoot().getStyleClass().add("why-popover");
        PopOvers.forwardReferenceEvents(popOver, () -> anchor);
    }

    private Node anchor;

    void show(Node anchor) {
        this.anchor = anchor;
        if (popOver.isShowing()) popOver.hide(Duration.ZERO);
        popOver.setArrowLocation(PopOver.ArrowLocation.LEFT_TOP);
        popOver.show(anchor);
    }

    boolean isShowing() {
        return popOver.isShowing();
    }
}
