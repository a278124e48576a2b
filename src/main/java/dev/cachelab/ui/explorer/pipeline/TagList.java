package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.ui.explorer.model.TagModel;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import dev.cachelab.ui.common.Wrapping;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Tags with their state, one chip each (stale or expired by colour, icon and word; when and by which call on hover,
 * and with details on): a tags manifest, or the tag store every instance shares.
 */
final class TagList {

    private final ObservableList<TagModel> tags;
    private final ObservableBooleanValue details;
    private final String idSuffix;
    private final FlowPane flow = CardSkinParts.row("manifest-tags");
    private final Place place;
    private final Map<String, Label> chips = new LinkedHashMap<>();
    /** A chip's text before it is fitted to the column's width. */
    private static final String FULL_TEXT = "cachelab.fullText";

    private final Consumer<String> onSelect;

    /** {@code onSelect} gets a chip's tag when it is clicked (or focused and Enter pressed): Why? explains it. */
    TagList(String id, String title, String icon, String whenEmpty, ObservableList<TagModel> tags,
            ObservableBooleanValue details, String idSuffix, Consumer<String> onSelect) {
        this.tags = tags;
        this.onSelect = onSelect;
        this.details = details;
        this.idSuffix = idSuffix;
        place = new Place(id, title, icon, flow, whenEmpty);
        tags.addListener((ListChangeListener<TagModel>) c -> sync());
        flow.widthProperty().addListener((o, a, b) -> fitToWidth());
        details.addListener((o, a, b) -> sync());
        sync();
    }

    Place place() {
        return place;
    }

    /** The chip of {@code tag}, or the place when it has none (yet). */
    Node node(String tag) {
        Label chip = chips.get(tag);
        return chip == null ? place : chip;
    }

    private void sync() {
        List<Node> out = new ArrayList<>();
        chips.clear();
        for (TagModel t : tags) {
            Label chip = chip(t);
            chips.put(t.tag(), chip);
            out.add(chip);
        }
        flow.getChildren().setAll(out);
        place.setEmpty(out.isEmpty());
        fitToWidth();
    }

    /**
     * A tag too long for a narrow column (several instances) wraps after a colon ("invoices:list:" / "org1"), never
     * inside a word as a label's own wrapping would.
     */
    private void fitToWidth() {
        double room = flow.getWidth() - Wrapping.em() * 3.2; // the chip's icon, padding and border
        for (Map.Entry<String, Label> e : chips.entrySet()) {
            Label chip = e.getValue();
            String text = (String) chip.getProperties().get(FULL_TEXT);
            String tag = e.getKey();
            String shown = text.startsWith(tag) ? ColonWrap.wrap(tag, room, chip.getFont()) + text.substring(tag.length()) : text;
            if (!shown.equals(chip.getText())) chip.setText(shown);
        }
    }

    private Label chip(TagModel t) {
        Label chip = new Label(t.tag(), new FontIcon(t.state().equals("expired") ? "mdi2c-close-circle" : "mdi2c-clock-alert-outline"));
        chip.setId("tag-" + Actions.idPart(t.tag()) + idSuffix);
        chip.getStyleClass().add("manifest-tag");
        chip.setWrapText(true);
        chip.setMinHeight(Region.USE_PREF_SIZE);
        chip.maxWidthProperty().bind(place.widthProperty().subtract(24)); // a long tag wraps, never widens the place
        chip.setFocusTraversable(true);
        chip.pseudoClassStateChanged(PseudoClass.getPseudoClass("stale"), t.state().equals("stale"));
        chip.pseudoClassStateChanged(PseudoClass.getPseudoClass("expired"), t.state().equals("expired"));
        String when = t.state() + " · stale since " + t.stale() + " · expires " + t.expired() + "\n" + t.cause();
        Tooltip tip = new Tooltip(t.tag() + "\n" + when);
        tip.getStyleClass().add("help-tooltip");
        Tooltip.install(chip, tip);
        chip.setAccessibleText("tag " + t.tag() + ", " + t.state() + ", written by " + t.cause());
        Actions.onSelect(chip, () -> onSelect.accept(t.tag()));
        String text = t.tag() + (t.state().isEmpty() ? "" : "\n" + t.state()) + (details.get() ? " · since " + t.stale()
                + " · expires " + t.expired() + "\n" + t.cause() : "");
        chip.getProperties().put(FULL_TEXT, text);
        chip.setText(text);
        return chip;
    }
}
