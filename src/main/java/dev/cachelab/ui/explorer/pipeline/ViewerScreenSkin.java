package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.ui.explorer.model.ViewerModel;
import dev.cachelab.ui.explorer.model.ViewerOutcome;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A browser window: title bar with who it is, the address, then the outcome in large type, and one small line per
 * cached function on the page saying how it was served (HIT, STALE, MISS).
 */
final class ViewerScreenSkin extends WidthMeasuredSkin<ViewerScreen> {

    private static final int MAX_LINES = 3;

    private final VBox box = new VBox();
    private final Label who = new Label();
    private final Label url = CardSkinParts.line("viewer-url");
    private final Label version = new Label();
    private final Label word = new Label();
    private final Label detail = CardSkinParts.line("viewer-detail");
    private final VBox lines = new VBox();
    private final Label note = CardSkinParts.line("viewer-note");

    ViewerScreenSkin(ViewerScreen screen) {
        super(screen);
        box.getStyleClass().add("viewer-box");
        who.getStyleClass().add("viewer-who");
        who.setGraphic(new FontIcon(screen.icon()));
        who.setMinWidth(0);
        Label on = new Label();
        on.getStyleClass().add("viewer-instance");
        on.setMinWidth(Region.USE_PREF_SIZE);
        on.textProperty().bind(screen.instanceProperty().map(i -> i.isEmpty() ? "" : "via " + i));
        on.visibleProperty().bind(screen.instanceProperty().isNotEmpty());
        on.managedProperty().bind(on.visibleProperty());
        HBox bar = new HBox(6, who);
        bar.getStyleClass().add("viewer-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        version.getStyleClass().add("viewer-version");
        version.setMinWidth(Region.USE_PREF_SIZE);
        word.getStyleClass().add("viewer-word");
        word.setMinWidth(Region.USE_PREF_SIZE);
        word.setGraphic(new FontIcon());
        HBox headline = new HBox(version, word);
        headline.getStyleClass().add("viewer-headline");
        headline.setAlignment(Pos.CENTER_LEFT);
        VBox page = new VBox(headline, detail, lines);
        page.getStyleClass().add("viewer-page");
        VBox.setVgrow(page, Priority.ALWAYS);
        lines.getStyleClass().add("viewer-lines");
        note.visibleProperty().bind(screen.detailsShownProperty().and(note.textProperty().isNotEmpty()));
        note.managedProperty().bind(note.visibleProperty());
        // the instance the page came from goes under the address: a URL is never squeezed into two lines by it
        VBox address = new VBox(3, url, on);
        address.getStyleClass().add("viewer-address");
        box.getChildren().addAll(bar, address, page, note);
        setContent(box);
        screen.outcomeProperty().addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        ViewerScreen screen = getSkinnable();
        ViewerModel v = screen.viewerProperty().get();
        ViewerOutcome o = screen.outcomeProperty().get();
        if (v == null || o == null) return;
        who.setText(v.who());
        url.setText(v.url().isEmpty() ? "no page open" : v.url());
        boolean hasVersion = o.state() == ViewerOutcome.State.CURRENT || o.state() == ViewerOutcome.State.OLD;
        version.setText(hasVersion ? "v" + o.version() : "");
        version.setVisible(hasVersion);
        version.setManaged(hasVersion);
        word.setText(o.word().toUpperCase());
        ((FontIcon) word.getGraphic()).setIconLiteral(switch (o.state()) {
            case CURRENT -> "mdi2c-check-circle";
            case OLD -> "mdi2c-clock-alert";
            case ERROR -> "mdi2a-alert-octagon";
            case NONE -> "mdi2m-minus-circle-outline";
        });
        detail.setText(o.detail());
        lines.getChildren().clear();
        int shown = 0;
        for (ViewerModel.Line l : v.lines()) {
            if (shown++ == MAX_LINES) {
                lines.getChildren().add(CardSkinParts.line("viewer-line"));
                ((Label) lines.getChildren().get(MAX_LINES)).setText("+ " + (v.lines().size() - MAX_LINES) + " more");
                break;
            }
            Label line = CardSkinParts.line("viewer-line");
            line.setText(l.function() + " · v" + l.version() + (l.outcome().isEmpty() ? "" : " · " + l.outcome()));
            lines.getChildren().add(line);
        }
        note.setText(v.note());
    }
}
