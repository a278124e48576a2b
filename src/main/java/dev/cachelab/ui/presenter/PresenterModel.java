package dev.cachelab.ui.presenter;

import dev.cachelab.scenario.ScenarioExtras;
import dev.cachelab.ui.explorer.ExplorerRows;
import dev.cachelab.ui.explorer.ExplorerViewModel;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.List;

/**
 * Presenter mode's state and commands, without a scene graph (unit-tested without a toolkit): whether it is on,
 * whether the screen is blanked, whether the spotlight is on, and what the speaker notes say. Clicker keys become
 * {@link PresenterAction}s and step the explorer through its public view model.
 */
public final class PresenterModel {

    private final ExplorerViewModel explorer;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty blanked = new SimpleBooleanProperty(false);
    private final BooleanProperty spotlight = new SimpleBooleanProperty(false);
    private final BooleanProperty notesShown = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nowNotes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextStep = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextNotes = new ReadOnlyStringWrapper("");

    public PresenterModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        Observable[] deps = {explorer.positionProperty(), explorer.stepCountProperty(), explorer.narrationProperty(),
                explorer.titleProperty(), explorer.steps(), explorer.predictions().pendingProperty()};
        for (Observable o : deps) o.addListener(x -> updateNotes());
        updateNotes();
    }

    // ---- properties ----
    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }
    public BooleanProperty blankedProperty() { return blanked; }
    public BooleanProperty spotlightProperty() { return spotlight; }
    public BooleanProperty notesShownProperty() { return notesShown; }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /** "Step 2 of 4", or "Before the first step (4 steps)". */
    public ReadOnlyStringProperty stepLabelProperty() { return stepLabel.getReadOnlyProperty(); }
    /** The narration of where the explorer is now. */
    public ReadOnlyStringProperty nowNotesProperty() { return nowNotes.getReadOnlyProperty(); }
    /** "3. the user submits …": the next step, or that the scenario has ended. */
    public ReadOnlyStringProperty nextStepProperty() { return nextStep.getReadOnlyProperty(); }
    /** The next step's narration (what to say after the click). */
    public ReadOnlyStringProperty nextNotesProperty() { return nextNotes.getReadOnlyProperty(); }
    public ExplorerViewModel explorer() { return explorer; }

    public boolean isActive() { return active.get(); }

    // ---- commands ----
    public void setActive(boolean on) {
        active.set(on);
        if (!on) {
            blanked.set(false);
            spotlight.set(false);
        }
    }

    /**
     * Does what {@code action} says. While the screen is blanked, stepping still works (the presenter may advance
     * in the dark) but Esc first shows the screen again. Returns whether presenter mode should end.
     */
    public boolean perform(PresenterAction action) {
        switch (action) {
            // a step with a prediction: the first press asks the room, the next one plays it
            case NEXT -> {
                if (explorer.predictions().pending() != null) explorer.predictions().skip();
                else explorer.stepForward();
            }
            case PREVIOUS -> explorer.stepBack();
            case FIRST -> explorer.reset();
            case BLANK -> blanked.set(!blanked.get());
            case SPOTLIGHT -> spotlight.set(!spotlight.get());
            case NOTES -> notesShown.set(!notesShown.get());
            case EXIT -> {
                if (blanked.get()) {
                    blanked.set(false);
                    return false;
                }
                return true;
            }
        }
        return false;
    }

    private static String answer(ScenarioExtras.Prediction p) {
        return p.choices().get(p.answer());
    }

    private void updateNotes() {
        int pos = explorer.positionProperty().get();
        int count = explorer.stepCountProperty().get();
        List<ExplorerRows.StepRow> rows = explorer.steps();
        title.set(explorer.titleProperty().get());
        stepLabel.set(pos == 0 ? "Before the first step (" + count + (count == 1 ? " step)" : " steps)")
                : "Step " + pos + " of " + count);
        ScenarioExtras.Prediction asking = explorer.predictions().pending();
        nowNotes.set(asking != null
                ? "The room is being asked: \"" + asking.question() + "\" Answer: \"" + answer(asking)
                        + "\". Next plays the step and reveals it."
                : explorer.narrationProperty().get());
        if (pos < rows.size()) {
            ExplorerRows.StepRow next = rows.get(pos);
            ScenarioExtras.Prediction upcoming = asking != null ? null : explorer.predictions().upcoming(pos);
            nextStep.set((next.index() + 1) + ". " + next.description() + (upcoming != null ? " — a prediction first" : ""));
            String narration = next.narration() == null ? "" : next.narration();
            nextNotes.set(upcoming != null
                    ? "Prediction: Next asks the room \"" + upcoming.question() + "\" (answer: \"" + answer(upcoming)
                            + "\"); the next Next plays the step. " + narration
                    : narration);
        } else {
            nextStep.set(count == 0 ? "No steps in this scenario." : "End of the scenario. Home goes back to the start.");
            nextNotes.set("");
        }
    }
}
