package dev.cachelab.ui.reference;

import dev.cachelab.reference.Evidence;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ObjectPropertyBase;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * How a claim about Next.js is known, as a small badge: a shape and a word, never colour alone — a filled circle
 * "measured", a square "source", a hollow dashed triangle "modelled". Hovering or focusing it shows what the word
 * means and its reference; clicking it (or Enter/Space) opens a popover whose rule, section and case names are
 * links. The kind is a pseudo-class ({@code :measured}, {@code :source}, {@code :modelled}) styled in
 * {@code reference.css}, as ControlsFX styles its controls.
 */
public final class EvidenceBadge extends Control {

    private static final PseudoClass MEASURED = PseudoClass.getPseudoClass("measured");
    private static final PseudoClass SOURCE = PseudoClass.getPseudoClass("source");
    private static final PseudoClass MODELLED = PseudoClass.getPseudoClass("modelled");

    private final ObjectProperty<Evidence> evidence = new ObjectPropertyBase<>() {
        @Override protected void invalidated() {
            Evidence e = get();
            pseudoClassStateChanged(MEASURED, e != null && e.kind() == Evidence.Kind.MEASURED);
            pseudoClassStateChanged(SOURCE, e != null && e.kind() == Evidence.Kind.SOURCE);
            pseudoClassStateChanged(MODELLED, e != null && e.kind() == Evidence.Kind.MODELLED);
            setAccessibleText(e == null ? null : "evidence: " + e.kind().word() + ", " + e.kind().meaning() + ". " + e.ref());
        }
        @Override public Object getBean() { return EvidenceBadge.this; }
        @Override public String getName() { return "evidence"; }
    };

    public EvidenceBadge(Evidence e) {
        getStyleClass().add("evidence-badge");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        // a badge keeps its own size beside a long reference, never stretched to the row's height
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setEvidence(e);
    }

    public ObjectProperty<Evidence> evidenceProperty() { return evidence; }
    public Evidence getEvidence() { return evidence.get(); }
    public void setEvidence(Evidence e) { evidence.set(e); }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new EvidenceBadgeSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return stylesheet();
    }

    /** The stylesheet of the badge, the reference links and the Reference panel. */
    public static String stylesheet() {
        return EvidenceBadge.class.getResource("reference.css").toExternalForm();
    }
}
