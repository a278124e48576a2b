package dev.cachelab.ui.lessons;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.IntConsumer;

/**
 * One row of the path list: status icon, "N. title", and "kind · status · score" (status in words, not only
 * colour). The node is built once and updated in place, so selecting a stop or grading one never rebuilds the
 * list (which lost the scroll position and the keyboard focus).
 */
final class StopRowView {

    private final HBox box = new HBox();
    private final FontIcon status = new FontIcon();
    private final Label title = new Label();
    private final Label detail = new Label();
    private final FontIcon kindIcon = new FontIcon();
    private LearningPathViewModel.StopRow row;
    private String statusClass;

    StopRowView(int index, IntConsumer select) {
        status.getStyleClass().add("stop-status-icon");
        title.getStyleClass().add("stop-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        detail.setGraphic(kindIcon);
        detail.getStyleClass().add("stop-detail");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        VBox text = new VBox(title, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        box.getChildren().addAll(status, text);
        box.setId("stop-" + index);
        box.getStyleClass().add("stop-row");
        box.setFocusTraversable(true);
        box.setAccessibleRole(AccessibleRole.BUTTON);
        box.setOnMouseClicked(e -> {
            box.requestFocus();
            select.accept(index);
        });
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                select.accept(index);
                e.consume();
            }
        });
    }

    HBox node() {
        return box;
    }

    void update(LearningPathViewModel.StopRow r, boolean selected) {
        if (!r.equals(row)) {
            row = r;
            status.setIconLiteral(r.status().icon());
            kindIcon.setIconLiteral(r.kindIcon());
            title.setText((r.index() + 1) + ". " + r.title());
            detail.setText(r.kind() + " \u00b7 " + r.status().word() + (r.score().isEmpty() ? "" : " \u00b7 " + r.score()));
            String cls = "stop-" + r.status().name().toLowerCase().replace('_', '-');
            if (!cls.equals(statusClass)) {
                if (statusClass != null) box.getStyleClass().remove(statusClass);
                box.getStyleClass().add(cls);
                statusClass = cls;
            }
        }
        if (selected && !box.getStyleClass().contains("stop-selected")) box.getStyleClass().add("stop-selected");
        if (!selected) box.getStyleClass().remove("stop-selected");
        box.setAccessibleText(r.title() + ", " + r.kind() + ", " + r.status().word()
                + (r.score().isEmpty() ? "" : ", score " + r.score()) + (selected ? ", open" : ""));
    }
}
