package dev.cachelab.ui.lessons.recap;

import dev.cachelab.lesson.Recap;
import dev.cachelab.ui.lessons.common.LessonWidgets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The recap as a column of cards: headline, text, 16.4.6 note, and a link to the scenario that shows it. */
public final class RecapView implements dev.cachelab.ui.lessons.common.ExerciseView {

    private final ScrollPane root;

    public RecapView(RecapViewModel vm) {
        VBox points = new VBox();
        points.getStyleClass().add("recap-points");
        int i = 0;
        for (Recap.Point p : vm.recap().points()) {
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
            points.getChildren().add(card);
            i++;
        }
        VBox page = new VBox(LessonWidgets.header(vm.lesson().title(), vm.lesson().intro()), points);
        if (vm.recap().closing() != null) {
            Label closing = new Label(vm.recap().closing());
            closing.setWrapText(true);
            closing.getStyleClass().add("recap-closing");
            page.getChildren().add(closing);
        }
        page.getStyleClass().addAll("lesson-page", "recap");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.getStylesheets().addAll(LessonWidgets.stylesheet(),
                RecapView.class.getResource("RecapView.css").toExternalForm());
    }

    @Override
    public Node root() {
        return root;
    }
}
