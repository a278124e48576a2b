package dev.cachelab.ui.reference;

import javafx.event.Event;
import javafx.event.EventType;

/**
 * A reference link was followed: open the Reference panel at a rule, spec section or finding ({@link #OPEN}), or
 * play a conformance case in the explorer ({@link #PLAY_CASE}). Links fire it and it bubbles up to the window's root,
 * where {@link ReferenceHost} handles it, so no screen needs to know the panel or the explorer.
 */
public final class ReferenceEvent extends Event {

    public static final EventType<ReferenceEvent> ANY = new EventType<>(Event.ANY, "REFERENCE");
    public static final EventType<ReferenceEvent> OPEN = new EventType<>(ANY, "REFERENCE_OPEN");
    public static final EventType<ReferenceEvent> PLAY_CASE = new EventType<>(ANY, "REFERENCE_PLAY_CASE");

    private final String target;

    public ReferenceEvent(EventType<ReferenceEvent> type, String target) {
        super(type);
        this.target = target;
    }

    /** The entry id (R16, §4.5, F3) or the case name. */
    public String target() {
        return target;
    }
}
