package dev.cachelab.ui.reference;

import dev.cachelab.reference.Evidence;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.PopOver;

/**
 * The badge's look: a shape (drawn by CSS, {@code -fx-shape} per kind) and the kind's word; a tooltip with the
 * reference on hover and on keyboard focus; a {@link PopOver} with clickable references on click, Enter or Space.
 */
final class EvidenceBadgeSkin extends SkinBase<EvidenceBadge> {

    private final Region shape = new Region();
    private final HBox box;
    private final Label word = new Label();
    private final Tooltip tooltip = new Tooltip();
    private PopOver popOver;

    EvidenceBadgeSkin(EvidenceBadge badge) {
        super(badge);
        shape.getStyleClass().add("evidence-shape");
        word.getStyleClass().add("evidence-word");
        word.setMinWidth(Region.USE_PREF_SIZE);
        box = new HBox(shape, word);
        box.getStyleClass().add("evidence-box");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(box);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        Tooltip.install(badge, tooltip);
        update();
        registerChangeListener(badge.evidenceProperty(), o -> update());
        registerChangeListener(badge.focusedProperty(), o -> {
            if (badge.isFocused() && badge.getScene() != null && badge.getScene().getWindow() != null && badge.isFocusVisible()) {
                var at = badge.localToScreen(0, badge.getHeight());
                if (at != null) tooltip.show(badge, at.getX(), at.getY() + 4);
            } else if (!badge.isFocused()) {
                tooltip.hide();
            }
        });
        badge.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> showPopOver());
        badge.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                showPopOver();
                e.consume();
            }
        });
    }

    // the badge is its padding and border around the shape and the word, on both sides
    @Override
    protected double computePrefWidth(double h, double top, double right, double bottom, double left) {
        return left + box.prefWidth(-1) + right;
    }

    @Override
    protected double computeMinWidth(double h, double top, double right, double bottom, double left) {
        return computePrefWidth(h, top, right, bottom, left);
    }

    @Override
    protected double computePrefHeight(double w, double top, double right, double bottom, double left) {
        return top + box.prefHeight(-1) + bottom;
    }

    @Override
    protected double computeMinHeight(double w, double top, double right, double bottom, double left) {
        return computePrefHeight(w, top, right, bottom, left);
    }

    private void update() {
        Evidence e = getSkinnable().getEvidence();
        word.setText(e == null ? "" : e.kind().word());
        tooltip.setText(e == null ? "" : capital(e.kind().meaning()) + ".\n" + e.ref());
    }

    private void showPopOver() {
        EvidenceBadge badge = getSkinnable();
        Evidence e = badge.getEvidence();
        if (e == null || badge.getScene() == null) return;
        tooltip.hide();
        Label meaning = new Label(capital(e.kind().meaning()) + ".");
        meaning.setWrapText(true);
        meaning.getStyleClass().add("evidence-meaning");
        VBox content = new VBox(6, meaning, ReferenceText.of(e.ref(), "evidence-ref", badge));
        content.getStyleClass().add("evidence-popover");
        content.getStylesheets().add(EvidenceBadge.stylesheet());
        content.setMaxWidth(420);
        content.setPrefWidth(360);
        if (popOver != null) popOver.hide();
        popOver = new PopOver(content);
        popOver.setArrowLocation(PopOver.ArrowLocation.TOP_LEFT);
        popOver.setDetachable(false);
        popOver.setAutoHide(true);
        popOver.show(badge);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
