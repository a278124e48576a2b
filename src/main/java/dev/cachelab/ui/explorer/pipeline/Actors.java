package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.ui.explorer.model.ServerModel;
import dev.cachelab.ui.explorer.model.TagModel;
import dev.cachelab.ui.explorer.model.ViewerModel;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The pipeline's actors: a browser (the user's, another visitor's), the server, the database, a manifest tag. */
final class Actors {

    private Actors() {
    }

    static VBox browser(String id, String title, String icon, ReadOnlyObjectProperty<ViewerModel> model, Runnable onSelect) {
        VBox card = Cards.card("browser-card", "what this person's browser shows; press Enter or click for why");
        card.setId(id);
        Label head = Cards.line(title, "card-title");
        head.setGraphic(new FontIcon(icon));
        Label url = Cards.line("browser-url");
        VBox page = new VBox(2);
        page.getStyleClass().add("browser-page");
        page.setMinHeight(Region.USE_PREF_SIZE);
        Label note = Cards.line("card-note");
        card.getChildren().addAll(head, url, page, note);
        Runnable update = () -> {
            ViewerModel v = model.get();
            head.setText(v.who().isEmpty() ? title : v.who());
            url.setText(v.url().isEmpty() ? "about:blank" : v.url());
            page.getChildren().clear();
            if (v.errorPage()) {
                Label err = Cards.line("This page couldn't load", "browser-error");
                err.setGraphic(new FontIcon("mdi2a-alert-octagon"));
                page.getChildren().add(err);
            }
            for (ViewerModel.Line l : v.lines()) {
                Label line = Cards.label(l.function(), "page-function");
                line.setWrapText(true);
                line.setMinHeight(Region.USE_PREF_SIZE);
                FlowPane row = Cards.row("page-line");
                row.getChildren().addAll(line, Cards.label("v" + l.version(), "version-chip"));
                if (!l.outcome().isEmpty()) row.getChildren().add(outcome(l.outcome()));
                page.getChildren().add(row);
            }
            if (v.lines().isEmpty() && !v.errorPage()) page.getChildren().add(Cards.line("(nothing yet)", "card-note"));
            note.setText(v.note());
            card.setAccessibleText(head.getText() + ": " + url.getText() + ". " + v.text().replace('\n', ';') + ". " + v.note());
        };
        model.addListener((o, a, b) -> update.run());
        update.run();
        card.setOnMouseClicked(e -> onSelect.run());
        card.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) onSelect.run();
        });
        return card;
    }

    /** How a page line was served: its word, with an icon, in the state's colour. */
    private static Label outcome(String word) {
        String icon = switch (word) {
            case "HIT" -> "mdi2c-check-circle";
            case "STALE" -> "mdi2c-clock-alert-outline";
            default -> "mdi2r-refresh";
        };
        Label l = Cards.label(word, "outcome-" + word.toLowerCase());
        l.setGraphic(new FontIcon(icon));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static VBox server(ReadOnlyObjectProperty<ServerModel> model) {
        VBox card = Cards.card("server-card", "what the server is doing in this step");
        card.setId("serverCard");
        Label head = Cards.line("Server", "card-title");
        head.setGraphic(new FontIcon("mdi2s-server"));
        Label context = Cards.line("server-context");
        VBox calls = new VBox(1);
        calls.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane pending = Cards.row("server-pending");
        Label error = Cards.line("server-error");
        card.getChildren().addAll(head, context, calls, pending, error);
        Runnable update = () -> {
            ServerModel s = model.get();
            context.setText(s.context());
            calls.getChildren().clear();
            int from = Math.max(0, s.calls().size() - 4);
            if (from > 0) calls.getChildren().add(Cards.line("… " + from + " more", "card-note"));
            for (String c : s.calls().subList(from, s.calls().size())) calls.getChildren().add(Cards.line(c, "server-call"));
            pending.getChildren().clear();
            if (!s.pending().isEmpty()) pending.getChildren().add(Cards.label("pending:", "card-note"));
            for (String t : s.pending()) pending.getChildren().add(Cards.label(t, "tag-pill"));
            error.setText(s.error());
            error.setGraphic(s.error().isEmpty() ? null : new FontIcon("mdi2a-alert-circle"));
            card.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failed"), !s.error().isEmpty());
            card.setAccessibleText("Server: " + s.context() + ". " + String.join("; ", s.calls()) + ". " + s.error());
        };
        model.addListener((o, a, b) -> update.run());
        update.run();
        return card;
    }

    static VBox database(ReadOnlyIntegerProperty version, ReadOnlyStringProperty note) {
        VBox card = Cards.card("database-card", "the database version that writes bump");
        card.setId("databaseCard");
        Label head = Cards.line("Database", "card-title");
        head.setGraphic(new FontIcon("mdi2d-database"));
        Label v = Cards.line("database-version");
        v.textProperty().bind(version.asString("version %d"));
        Label n = Cards.line("card-note");
        n.textProperty().bind(note);
        card.getChildren().addAll(head, v, n);
        card.accessibleTextProperty().bind(version.asString("Database, version %d"));
        return card;
    }

    static VBox tag(TagModel t) {
        VBox pill = new VBox(1);
        pill.getStyleClass().addAll("manifest-tag", "manifest-" + (t.state().isEmpty() ? "none" : t.state()));
        pill.setId("tag-" + Cards.idPart(t.tag()));
        Label name = Cards.line(t.tag(), "manifest-tag-name");
        name.setGraphic(new FontIcon(t.state().equals("expired") ? "mdi2c-close-circle" : "mdi2c-clock-alert-outline"));
        Label times = Cards.line(t.state() + " · stale " + t.stale() + " · expires " + t.expired(), "card-note");
        Label cause = Cards.line(t.cause(), "card-note");
        pill.getChildren().addAll(name, times, cause);
        pill.setAccessibleText("tag " + t.tag() + ", " + t.state() + ", written by " + t.cause());
        return pill;
    }
}
