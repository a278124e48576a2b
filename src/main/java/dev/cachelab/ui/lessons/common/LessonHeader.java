package dev.cachelab.ui.lessons.common;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A lesson page's title and, when it has one, its intro; an element of the pages' FXML ({@code <LessonHeader/>}). */
public final class LessonHeader extends VBox {

    private final Label title = new Label();
    private final Label intro = new Label();

    public LessonHeader() {
        getStyleClass().add("lesson-header");
        title.getStyleClass().addAll("title-3", "lesson-title");
        title.setWrapText(true);
        intro.getStyleClass().add("lesson-intro");
        intro.setWrapText(true);
        getChildren().add(title);
    }

    public LessonHeader(String title, String intro) {
        this();
        show(title, intro);
    }

    /** Shows this lesson's title and intro (none when blank). */
    public void show(String title, String intro) {
        this.title.setText(title);
        this.intro.setText(intro);
        boolean hasIntro = intro != null && !intro.isBlank();
        if (hasIntro && !getChildren().contains(this.intro)) getChildren().add(this.intro);
        if (!hasIntro) getChildren().remove(this.intro);
    }
}
