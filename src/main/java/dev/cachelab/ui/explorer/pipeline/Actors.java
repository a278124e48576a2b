package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.ui.explorer.model.ServerModel;
import dev.cachelab.ui.explorer.model.TagModel;
import dev.cachelab.ui.explorer.model.ViewerModel;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The pipeline's actors: a browser (the user's, another visitor's), the server, the database, a manifest tag. */
final class Actors {

    private Actors() {
    }

    static VBox browser(String id, String title, String icon, ReadOnlyObjectProperty<ViewerModel> model, Runnable onSelect) {
        VBox card = Cards.card("browser-card", "what this person's browser shows");
        card.setId(id);
        Label head = new Label(title, new FontIcon(icon));
        head.getStyleClass().add("card-title");
        Label url = Cards.label("browser-url");
        url.setMaxWidth(Double.MAX_VALUE);
        VBox page = new VBox(2);
        page.getStyleClass().add("browser-page");
        Label note = Cards.label("card-note");
        note.setWrapText(true);
        card.getChildren().addAll(head, url, page, note);
        Runnable update = () -> {
            ViewerModel v = model.get();
            head.setText(v.who().isEmpty() ? title : v.who());
            url.setText(v.url().isEmpty() ? "about:blank" : v.url());
            page.getChildren().clear();
            if (v.errorPage()) {
                Label err = new Label("This page couldn't load", new FontIcon("mdi2a-alert-octagon"));
                err.getStyleClass().add("browser-error");
                page.getChildren().add(err);
            }
            for (ViewerModel.Line l : v.lines()) {
                Label line = new Label(l.function());
                Label ver = Cards.label("v" + l.version(), "version-chip");
                FlowPane row = new FlowPane(4, 2, line, ver);
                if (!l.outcome().isEmpty()) row.getChildren().add(Cards.label(l.outcome(), "outcome-" + l.outcome().toLowerCase()));
                page.getChildren().add(row);
            }
            if (v.lines().isEmpty() && !v.errorPage()) page.getChildren().add(Cards.label("(nothing yet)", "card-note"));
            note.setText(v.note());
            card.setAccessibleText(head.getText() + ": " + url.getText() + ". " + v.text().replace('\n', ';') + ". " + v.note());
        };
        model.addListener((o, a, b) -> update.run());
        update.run();
        card.setOnMouseClicked(e -> onSelect.run());
        return card;
    }

    static VBox server(ReadOnlyObjectProperty<ServerModel> model) {
        VBox card = Cards.card("server-card", "what the server is doing in this step");
        card.setId("serverCard");
        Label head = new Label("Server", new FontIcon("mdi2s-server"));
        head.getStyleClass().add("card-title");
        Label context = Cards.label("server-context");
        context.setWrapText(true);
        VBox calls = new VBox(1);
        FlowPane pending = new FlowPane(4, 4);
        Label error = Cards.label("server-error");
        error.setWrapText(true);
        card.getChildren().addAll(head, context, calls, pending, error);
        Runnable update = () -> {
            ServerModel s = model.get();
            context.setText(s.context());
            calls.getChildren().clear();
            int from = Math.max(0, s.calls().size() - 4);
            if (from > 0) calls.getChildren().add(Cards.label("… " + from + " more", "card-note"));
            for (String c : s.calls().subList(from, s.calls().size())) calls.getChildren().add(Cards.label(c, "server-call"));
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
        Label head = new Label("Database", new FontIcon("mdi2d-database"));
        head.getStyleClass().add("card-title");
        Label v = Cards.label("database-version");
        v.textProperty().bind(version.asString("version %d"));
        Label n = Cards.label("card-note");
        n.textProperty().bind(note);
        card.getChildren().addAll(head, v, n);
        card.accessibleTextProperty().bind(version.asString("Database, version %d"));
        return card;
    }

    static VBox tag(TagModel t) {
        VBox pill = new VBox(1);
        pill.getStyleClass().addAll("manifest-tag", "manifest-" + (t.state().isEmpty() ? "none" : t.state()));
        pill.setId("tag-" + Cards.idPart(t.tag()));
        Label name = new Label(t.tag(), new FontIcon(t.state().equals("expired") ? "mdi2c-close-circle" : "mdi2c-clock-alert-outline"));
        name.getStyleClass().add("manifest-tag-name");
        Label times = Cards.label(t.state() + " · stale " + t.stale() + " · expires " + t.expired(), "card-note");
        Label cause = Cards.label(t.cause(), "card-note");
        pill.getChildren().addAll(name, times, cause);
        pill.setAccessibleText("tag " + t.tag() + ", " + t.state() + ", written by " + t.cause());
        return pill;
    }
}
