package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.ui.explorer.model.ServerModel;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The server: its three lanes (Server Action, Route Handler, Render), the one running lit ({@code :active}) with
 * what it does in words, the calls it made, the tags pending until the body ends, and an error ({@code :failed}).
 */
final class ServerBox extends VBox {

    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final int SHOWN_CALLS = 4;

    private final Map<ServerModel.Lane, Label> lanes = new EnumMap<>(ServerModel.Lane.class);
    private final Label context = CardSkinParts.line("server-context");
    private final VBox calls = new VBox();
    private final FlowPane pending = CardSkinParts.row("server-pending");
    private final Label error = CardSkinParts.line("server-error");
    private ServerModel.Lane shown = ServerModel.Lane.IDLE;
    /** Several instances side by side: fewer calls and pending tags shown (all are in the Events tab). */
    private boolean narrow;
    private ServerModel last = ServerModel.IDLE;
    private final Label head = new Label("Server", new FontIcon("mdi2s-server"));
    private final FlowPane laneRow = CardSkinParts.row("server-lanes");

    private final ObservableBooleanValue details;

    ServerBox(ObservableValue<ServerModel> model, ObservableBooleanValue details, String idSuffix) {
        this.details = details;
        setId("serverCard" + idSuffix);
        getStyleClass().add("server-box");
        setAccessibleRole(AccessibleRole.TEXT);
        setFocusTraversable(true);
        head.getStyleClass().add("place-title");
        getChildren().add(head);
        for (ServerModel.Lane lane : List.of(ServerModel.Lane.ACTION, ServerModel.Lane.HANDLER, ServerModel.Lane.RENDER)) {
            Label l = new Label(lane.label(), new FontIcon(switch (lane) {
                case ACTION -> "mdi2f-form-select";
                case HANDLER -> "mdi2a-api";
                default -> "mdi2f-file-document-edit-outline";
            }));
            l.getStyleClass().add("server-lane");
            l.setMaxWidth(Double.MAX_VALUE);
            l.setWrapText(true); // a long URL goes on a second line, never cut
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.setId("lane-" + lane.name().toLowerCase() + idSuffix);
            lanes.put(lane, l);
        }
        getChildren().addAll(lanes.values());
        calls.getStyleClass().add("server-calls");
        calls.setMinHeight(Region.USE_PREF_SIZE);
        // the context in words is a detail: the lit lane and the tokens already say what happens
        context.visibleProperty().bind(Bindings.createBooleanBinding(details::get, details));
        context.managedProperty().bind(context.visibleProperty());
        getChildren().addAll(calls, pending, error, context);
        model.addListener((o, a, b) -> show(b));
        details.addListener((o, a, b) -> show(last));
        show(model.getValue());
    }

    /**
     * With several instances: "Server · instance B", and the three lanes side by side in one row (the column is
     * short); null for one instance (the lanes stacked).
     */
    void setInstanceName(String name) {
        head.setText(name == null ? "Server" : "Server · " + name);
        head.setWrapText(name != null);
        head.setGraphic(new FontIcon(name == null ? "mdi2s-server" : "mdi2s-server-network"));
        int at = getChildren().indexOf(head) + 1;
        getChildren().removeAll(lanes.values());
        getChildren().remove(laneRow);
        if (name == null) {
            getChildren().addAll(at, lanes.values());
        } else {
            laneRow.getChildren().setAll(lanes.values());
            getChildren().add(at, laneRow);
        }
        pseudoClassStateChanged(PseudoClass.getPseudoClass("instance"), name != null);
        narrow = name != null;
        show(last);
    }

    /** The lane label of {@code lane}, where tokens for it arrive. */
    Label lane(ServerModel.Lane lane) {
        return lanes.getOrDefault(lane, lanes.get(ServerModel.Lane.RENDER));
    }

    /** The lane running now (calls are stamped on it); the render lane when idle. */
    ServerModel.Lane laneShown() {
        return shown == ServerModel.Lane.IDLE ? ServerModel.Lane.RENDER : shown;
    }

    private void show(ServerModel s) {
        last = s;
        shown = s.lane();
        lanes.forEach((lane, label) -> {
            boolean on = lane == s.lane();
            label.pseudoClassStateChanged(ACTIVE, on);
            label.setText(on && !s.target().isEmpty() && !narrow ? lane.label() + "  " + s.target() : lane.label());
        });
        context.setText(s.lane() == ServerModel.Lane.IDLE ? "waiting for a request" : s.context());
        calls.getChildren().clear();
        // several instances side by side: the calls are a detail (the tokens and the Events tab say them)
        calls.setVisible(!narrow || details.get());
        calls.setManaged(calls.isVisible());
        int from = Math.max(0, s.calls().size() - (narrow ? 2 : SHOWN_CALLS));
        if (from > 0) calls.getChildren().add(note("… " + from + " earlier call" + (from > 1 ? "s" : "")));
        for (String c : s.calls().subList(from, s.calls().size())) {
            Label l = CardSkinParts.line("server-call");
            l.setText(breakable(c));
            calls.getChildren().add(l);
        }
        pending.getChildren().clear();
        if (!s.pending().isEmpty()) pending.getChildren().add(note(narrow ? "pending:" : "pending until the body ends:"));
        List<String> shownPending = narrow && s.pending().size() > 1 ? s.pending().subList(0, 1) : s.pending();
        for (String t : shownPending) {
            Label pill = new Label(t);
            pill.getStyleClass().add("tag-pill");
            pill.setWrapText(true);
            pending.getChildren().add(pill);
        }
        if (shownPending.size() < s.pending().size()) {
            Label more = new Label("+" + (s.pending().size() - shownPending.size()) + " more");
            more.getStyleClass().add("card-note");
            pending.getChildren().add(more);
        }
        error.setText(s.error());
        error.setGraphic(s.error().isEmpty() ? null : new FontIcon("mdi2a-alert-circle"));
        error.setVisible(!s.error().isEmpty());
        error.setManaged(!s.error().isEmpty());
        pseudoClassStateChanged(FAILED, !s.error().isEmpty());
        setAccessibleText("Server: " + context.getText() + ". " + String.join("; ", s.calls()) + ". " + s.error());
    }

    /** A long call goes on two lines after its parenthesis, so a tag's name is never cut in the middle. */
    static String breakable(String call) {
        int paren = call.indexOf('(');
        return call.length() <= 40 || paren < 0 ? call : call.substring(0, paren + 1) + "\n  " + call.substring(paren + 1);
    }

    private static Label note(String text) {
        Label l = CardSkinParts.line("card-note");
        l.setText(text);
        return l;
    }
}
