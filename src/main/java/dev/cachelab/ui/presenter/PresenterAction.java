package dev.cachelab.ui.presenter;

/** What a key does in presenter mode. */
public enum PresenterAction {
    NEXT, PREVIOUS, FIRST, BLANK, SPOTLIGHT, NOTES, EXIT
}
