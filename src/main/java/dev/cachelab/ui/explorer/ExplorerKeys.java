package dev.cachelab.ui.explorer;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The explorer's transport keys outside presenter mode: → or Ctrl+→ steps, ← or Ctrl+← steps back (replaying),
 * Space plays or pauses, Home goes back to the start, Esc closes compare mode, D shows details on every card, C folds
 * the side panel, O switches a "what if" run and the original, T shows "Try it" while presenting. A control that needs the key keeps
 * it: a text field its keys, a list, a tab strip, a scroll pane or a drop-down its arrows and Home, a focused button
 * its Space (which presses it). Arrows on the timeline step from marker to marker. Presenter mode's clicker keys are
 * a filter on the scene and come first.
 */
final class ExplorerKeys {

    enum Action { STEP, BACK, PLAY_PAUSE, RESET, CLOSE_COMPARE, DETAILS, CODE, ORIGINAL, TRY_IT }

    /** What the view itself toggles: the side panel, and the "Try it" bar while presenting. */
    interface ViewToggles {
        void code();
        void tryIt();
    }

    private ExplorerKeys() {
    }

    /** The action for a key press, or null. {@code shortcut} is Ctrl (Cmd on macOS); other modifiers mean none. */
    static Action actionFor(KeyCode code, boolean shortcut, boolean otherModifier) {
        if (code == null || otherModifier) return null;
        return switch (code) {
            case RIGHT, KP_RIGHT -> Action.STEP;
            case LEFT, KP_LEFT -> Action.BACK;
            case SPACE -> shortcut ? null : Action.PLAY_PAUSE;
            case HOME -> shortcut ? null : Action.RESET;
            case ESCAPE -> shortcut ? null : Action.CLOSE_COMPARE;
            case D -> shortcut ? null : Action.DETAILS;
            case C -> shortcut ? null : Action.CODE;
            case O -> shortcut ? null : Action.ORIGINAL;
            case T -> shortcut ? null : Action.TRY_IT;
            default -> null;
        };
    }

    /** Whether the focused control {@code target} uses {@code a}'s key itself. */
    static boolean keptBy(Object target, Action a) {
        if (target instanceof TextInputControl) return true;
        if (a == Action.CLOSE_COMPARE || a == Action.DETAILS || a == Action.CODE || a == Action.ORIGINAL
                || a == Action.TRY_IT) return false;
        boolean navigates = target instanceof ListView || target instanceof TableView || target instanceof TreeView
                || target instanceof TabPane || target instanceof ScrollPane || target instanceof ComboBoxBase
                || target instanceof Spinner;
        if (a == Action.PLAY_PAUSE) return navigates || target instanceof ButtonBase;
        return navigates;
    }

    /** A key press on its way to the focused control inside the explorer (an event filter on the explorer). */
    static void handle(KeyEvent e, ExplorerViewModel vm, ViewToggles view) {
        boolean other = e.isAltDown() || e.isShiftDown() || (e.isControlDown() && !e.isShortcutDown())
                || (e.isMetaDown() && !e.isShortcutDown());
        Action a = actionFor(e.getCode(), e.isShortcutDown(), other);
        if (a == null || keptBy(e.getTarget(), a)) return;
        if (a == Action.CODE) view.code();
        else if (a == Action.TRY_IT) view.tryIt();
        else if (!perform(a, vm)) return;
        e.consume();
    }

    /** Does {@code a}; false when it does not apply now (Esc with no compare table open). */
    static boolean perform(Action a, ExplorerViewModel vm) {
        switch (a) {
            case STEP -> vm.stepForward(); // a step that asks first waits for the answer, as with the Step button
            case BACK -> vm.stepBack();
            case PLAY_PAUSE -> vm.togglePlay();
            case RESET -> vm.reset();
            case CLOSE_COMPARE -> {
                if (!vm.comparingProperty().get()) return false;
                vm.closeCompare();
            }
            case DETAILS -> vm.detailsShownProperty().set(!vm.detailsShownProperty().get());
            case ORIGINAL -> {
                if (!vm.whatIf().active()) return false;
                vm.whatIf().toggleOriginal();
            }
            case CODE, TRY_IT -> {
                return false; // the view's: it owns the side panel and the bars
            }
        }
        return true;
    }
}
