package dev.cachelab.ui.lessons.recap;

import dev.cachelab.lesson.Recap;
import dev.cachelab.ui.common.Fxml;
import dev.cachelab.ui.lessons.common.ExerciseView;
import dev.cachelab.ui.lessons.common.LessonHeader;
import dev.cachelab.ui.lessons.common.LessonWidgets;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * {@code RecapView.fxml} (fx:root): the recap as a column of cards, one per point of the lesson (headline, text,
 * evidence, 16.4.6 note, and a link to the scenario that shows it), then the closing line.
 */
public final class RecapView extends ScrollPane implements ExerciseView {

    @FXML private LessonHeader header;
    @FXML private VBox points;
    @FXML private Label closing;

    public RecapView(RecapViewModel vm) {
        Fxml.load(this);
        header.show(vm.lesson().title(), vm.lesson().intro());
        int i = 0;
        for (Recap.Point p : vm.recap().points()) points.getChildren().add(card(vm, p, i++));
        closing.setText(vm.recap().closing());
        closing.setVisible(vm.recap().closing() != null);
        closing.setManaged(closing.isVisible());
    }

    private static VBox card(RecapViewModel vm, Recap.Point p, int i) {
        Label title = new Label(p.title());
        title.getStyleClass().add("recap-title");
        title.setWrapText(true);
        Label text = new Label(p.text());
        text.setWrapText(true);
        VBox card = new VBox(title, text, LessonWidgets.evidence(p.evidence()));
        card.setId("recap-" + i);
        card.getStyleClass().add("recap-card");
        if (p.note() != null) card.getChildren().add(LessonWidgets.note(p.note()));
        if (p.scenario() != null) {
            card.getChildren().add(LessonWidgets.scenarioButton("recapScenario-" + i, p.scenario(),
                    vm.scenarioAvailable(p.scenario()), () -> vm.openScenario(p.scenario())));
        }
        return card;
    }

    @Override
    public Node root() {
        return this;
    }
}
