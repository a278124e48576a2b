package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.ui.explorer.model.StepAnimator;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * Plays a step's events on the {@link PipelineStage}, one after another, on the explorer's clock: each event first
 * moves the picture (the model), then its {@link Effect} runs for its time as {@link #advance} feeds it. Durations
 * follow the motion scale passed in (0: no animation); a busy step is compressed to at most {@link #STEP_BUDGET_MS}.
 * {@link #finish} ends it at once in the state it would have ended in.
 */
public final class StageAnimator implements StepAnimator {

    /** The longest a step plays at 1× and normal motion, however many events it has. */
    static final double STEP_BUDGET_MS = 8_000;

    private final PipelineStage stage;
    private final DoubleSupplier motionScale;
    private EventEffects effects;
    private List<EngineEvent> events;
    private Consumer<EngineEvent> apply;
    private Runnable done;
    private int next;
    private Effect current;
    private double elapsed;
    private double stretch = 1;

    public StageAnimator(PipelineStage stage, DoubleSupplier motionScale) {
        this.stage = stage;
        this.motionScale = motionScale;
    }

    public boolean isPlaying() {
        return events != null;
    }

    @Override
    public void play(List<EngineEvent> events, Consumer<EngineEvent> apply, Runnable done) {
        finish();
        double motion = motionScale.getAsDouble();
        if (motion <= 0) {
            events.forEach(apply);
            done.run();
            return;
        }
        this.events = events;
        this.apply = apply;
        this.done = done;
        this.effects = new EventEffects(stage);
        next = 0;
        current = null;
        elapsed = 0;
        double total = 0;
        for (EngineEvent e : events) if (EventEffects.hasEffect(e)) total += Effects.TRAVEL_MS;
        stretch = motion * Math.min(1, STEP_BUDGET_MS / Math.max(1, total));
    }

    @Override
    public void advance(double ms) {
        double budget = ms;
        while (events != null) {
            if (current == null) {
                if (next >= events.size()) {
                    end();
                    return;
                }
                EngineEvent e = events.get(next++);
                apply.accept(e);
                current = EventEffects.hasEffect(e) ? effects.of(e) : null;
                elapsed = 0;
                continue;
            }
            double length = current.ms() * stretch;
            if (elapsed + budget < length) {
                elapsed += budget;
                current.at(elapsed / length);
                return;
            }
            budget -= length - elapsed;
            current.end();
            current = null;
        }
    }

    @Override
    public void finish() {
        if (events == null) return;
        if (current != null) current.end();
        current = null;
        while (next < events.size()) apply.accept(events.get(next++));
        end();
    }

    private void end() {
        stage.tokens().getChildren().clear();
        Runnable d = done;
        events = null;
        apply = null;
        done = null;
        effects = null;
        if (d != null) d.run();
    }
}
