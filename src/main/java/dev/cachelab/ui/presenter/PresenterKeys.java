package dev.cachelab.ui.presenter;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.Optional;

/**
 * The presenter's keys, as clickers send them: a presentation remote sends Page Down / Page Up (some send the
 * arrows or Space), "B" or "." to blank the screen, F5 and Esc to start and stop. F5 itself is a menu accelerator
 * (it works outside presenter mode too), so it is not here.
 */
public final class PresenterKeys {

    private PresenterKeys() {
    }

    public static Optional<PresenterAction> actionFor(KeyCode code) {
        if (code == null) return Optional.empty();
        return Optional.ofNullable(switch (code) {
            case PAGE_DOWN, SPACE, RIGHT, KP_RIGHT, DOWN, KP_DOWN, ENTER -> PresenterAction.NEXT;
            case PAGE_UP, LEFT, KP_LEFT, UP, KP_UP, BACK_SPACE -> PresenterAction.PREVIOUS;
            case HOME -> PresenterAction.FIRST;
            case B, PERIOD, W, COMMA -> PresenterAction.BLANK;
            case S -> PresenterAction.SPOTLIGHT;
            case N -> PresenterAction.NOTES;
            case ESCAPE -> PresenterAction.EXIT;
            default -> null;
        });
    }

    /** The action for a key press without modifiers (Ctrl+B etc. stay with the menus). */
    public static Optional<PresenterAction> actionFor(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) return Optional.empty();
        return actionFor(e.getCode());
    }
}
