package dev.cachelab.ui.explorer.pipeline;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import dev.cachelab.ui.reference.EvidenceBadge;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A prerendered page in the route cache: its path, its state and the data version it holds. Compact (many pages),
 * it is one line: the path, then its state and version at the right.
 */
final class RouteCardSkin extends WidthMeasuredSkin<CacheCard> {

    private final VBox box = new VBox();

    RouteCardSkin(CacheCard card) {
        super(card);
        box.getStyleClass().add("card-box");
        Label title = CardSkinParts.line("card-title");
        title.setGraphic(new FontIcon("mdi2f-file-document-outline"));
        title.textProperty().bind(card.titleProperty());
        FlowPane state = CardSkinParts.row("card-state-row");
        List<Node> marks = List.of(CardSkinParts.badge(card), CardSkinParts.version(card),
                CardSkinParts.regenerating(card));
        Label subtitle = CardSkinParts.subtitle(card);
        if (card.evidenceProperty().get() != null) {
            subtitle.setGraphic(new EvidenceBadge(card.evidenceProperty().get()));
        }
        Label details = CardSkinParts.details(card);
        // the path and its marks flow: the marks go under the path when the row is too narrow, the path never splits
        FlowPane line = CardSkinParts.row("card-line");
        line.setAlignment(Pos.CENTER_LEFT);
        Runnable arrange = () -> {
            if (card.compactProperty().get()) {
                title.setWrapText(false);
                title.setMinWidth(Region.USE_PREF_SIZE);
                state.getChildren().clear();
                line.getChildren().setAll(title);
                line.getChildren().addAll(marks);
                box.getChildren().setAll(line, subtitle, details);
            } else {
                title.setWrapText(true);
                title.setMinWidth(0);
                line.getChildren().clear();
                state.getChildren().setAll(marks);
                box.getChildren().setAll(title, subtitle, state, details);
            }
        };
        card.compactProperty().addListener((o, a, b) -> arrange.run());
        arrange.run();
        CardSkinParts.tooltip(card);
        // what just happened floats over the card's corner: the card keeps its size as a step's texts come and go
        setContent(new StackPane(box, CardSkinParts.activity(card)));
    }
}
