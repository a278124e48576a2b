package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.engine.StepResult;
import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioPlayer;
import dev.cachelab.ui.Fx;
import dev.cachelab.ui.explorer.model.PipelineModel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stage's animation runs on the clock it is fed, not on the JavaFX pulse: a test advances it frame by frame and
 * sees labelled tokens travel along the wiring; finishing it at any moment leaves exactly the picture an
 * unanimated step leaves.
 */
@ExtendWith(ApplicationExtension.class)
class StageAnimatorUiTest {

    private Scenario scenario;
    private PipelineModel model;
    private PipelineStage stage;
    private StageAnimator animator;
    private ScenarioPlayer player;
    private final List<String> done = new ArrayList<>();

    @Start
    void start(Stage window) {
        window.setScene(new Scene(new StackPane(), 400, 300));
    }

    @BeforeEach
    void setUp() throws Exception {
        scenario = BuiltInScenarios.load().scenarios().stream().filter(s -> s.id().equals("stale-after-save")).findFirst().orElseThrow();
        Fx.call(() -> {
            model = new PipelineModel();
            stage = new PipelineStage(model, new PipelineStage.Selection() {
                @Override public void entry(String key) { }
                @Override public void route(String pathname, boolean refreshCopy) { }
                @Override public void viewer(boolean user) { }
                @Override public void tag(String tag) { }
            }, () -> 1.0);
            new Scene(new StackPane(stage), 1400, 700);
            animator = new StageAnimator(stage, () -> 1.0);
            player = new ScenarioPlayer(scenario);
            player.seek(2);
            model.snap(player.simulation(), player.results());
            stage.applyCss();
            stage.resize(stage.prefWidth(-1), stage.prefHeight(-1));
            stage.layout();
            return null;
        });
    }

    /** Runs step 3 (the save) through the animator, leaving it playing at its first frame. */
    private StepResult playTheSave() throws Exception {
        return Fx.call(() -> {
            StepResult r = player.stepForward();
            model.expect(player.simulation(), player.results());
            animator.play(r.events(), model::apply, () -> {
                model.snap(player.simulation(), player.results());
                done.add("done");
            });
            animator.advance(0);
            return r;
        });
    }

    private List<Label> tokens() throws Exception {
        return Fx.call(() -> stage.tokens().getChildren().stream().map(n -> (Label) n).toList());
    }

    @Test
    void aRequestIsALabelledTokenThatTravelsFromTheUserToTheServerFrameByFrame() throws Exception {
        playTheSave();
        List<Label> first = tokens();
        assertThat(first).hasSize(1);
        assertThat(first.get(0).getText()).isEqualTo("POST Server Action");
        double userRight = Fx.call(() -> stage.boundsOf(stage.userNode()).getMaxX());
        double serverLeft = Fx.call(() -> stage.boundsOf(stage.serverNode()).getMinX());
        List<Double> xs = Fx.call(() -> {
            List<Double> out = new ArrayList<>();
            for (int frame = 0; frame < 30; frame++) {
                animator.advance(16);
                var now = stage.tokens().getChildren();
                if (now.isEmpty() || !((Label) now.get(0)).getText().equals("POST Server Action")) break;
                Label t = (Label) now.get(0);
                out.add(t.getLayoutX() + t.getWidth() / 2);
            }
            return out;
        });
        assertThat(xs).hasSizeGreaterThan(10);
        for (int i = 1; i < xs.size(); i++) assertThat(xs.get(i)).isGreaterThanOrEqualTo(xs.get(i - 1));
        assertThat(xs.get(0)).isCloseTo(userRight, org.assertj.core.data.Offset.offset(15.0));
        assertThat(xs.get(xs.size() - 1)).isCloseTo(serverLeft, org.assertj.core.data.Offset.offset(25.0));
    }

    @Test
    void laterEventsSayWhatTravelsInWords() throws Exception {
        playTheSave();
        List<String> seen = Fx.call(() -> {
            List<String> out = new ArrayList<>();
            for (int frame = 0; frame < 2000 && done.isEmpty(); frame++) {
                animator.advance(16);
                for (var n : stage.tokens().getChildren()) {
                    String text = ((Label) n).getText();
                    if (!out.contains(text)) out.add(text);
                }
            }
            return out;
        });
        assertThat(done).containsExactly("done");
        assertThat(seen).contains("POST Server Action", "write → v2", "stale: invoices:list:org1");
        assertThat(seen).anyMatch(s -> s.startsWith("page v"));
        assertThat(tokens()).isEmpty();
    }

    @Test
    void finishingAtAnyMomentLeavesThePictureAStepWithoutAnimationLeaves() throws Exception {
        PipelineModel reference = Fx.call(() -> {
            ScenarioPlayer other = new ScenarioPlayer(scenario);
            other.seek(3);
            PipelineModel m = new PipelineModel();
            m.snap(other.simulation(), other.results());
            return m;
        });
        playTheSave();
        Fx.call(() -> {
            for (int frame = 0; frame < 40; frame++) animator.advance(16);
            return null;
        });
        Fx.call(() -> {
            animator.finish();
            return null;
        });
        assertThat(done).containsExactly("done");
        assertThat(tokens()).isEmpty();
        Fx.call(() -> {
            assertThat(model.userProperty().get()).isEqualTo(reference.userProperty().get());
            assertThat(model.visitorProperty().get()).isEqualTo(reference.visitorProperty().get());
            assertThat(model.dbVersionProperty().get()).isEqualTo(reference.dbVersionProperty().get());
            assertThat(model.tags()).isEqualTo(reference.tags());
            assertThat(model.entries().stream().map(e -> e.key() + " " + e.freshnessProperty().get()).toList())
                    .isEqualTo(reference.entries().stream().map(e -> e.key() + " " + e.freshnessProperty().get()).toList());
            // nothing an effect moved stays moved
            assertThat(stage.serverNode().getScaleX()).isEqualTo(1.0);
            assertThat(stage.serverNode().getTranslateX()).isEqualTo(0.0);
            return null;
        });
    }

    @Test
    void withMotionOffAStepEndsAtOnce() throws Exception {
        Fx.call(() -> {
            StageAnimator still = new StageAnimator(stage, () -> 0.0);
            StepResult r = player.stepForward();
            still.play(r.events(), model::apply, () -> done.add("done"));
            return null;
        });
        assertThat(done).containsExactly("done");
        assertThat(tokens()).isEmpty();
    }
}
