package dev.cachelab.ui.explorer;

import dev.cachelab.ui.explorer.model.StepAnimator;
import dev.cachelab.engine.state.Freshness;
import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.scenario.SandboxChoices.Mutation;
import dev.cachelab.scenario.SandboxChoices.Site;
import dev.cachelab.scenario.SandboxChoices.Tool;
import dev.cachelab.ui.explorer.model.EntryCardModel;
import dev.cachelab.ui.explorer.model.ViewerModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The explorer's view model, driven like the view drives it: commands and frames, no toolkit. */
class ExplorerViewModelTest {

    private ExplorerViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new ExplorerViewModel(BuiltInScenarios.load().scenarios());
        assertThat(vm.select("stale-after-save")).isTrue();
    }

    private String user() {
        ViewerModel u = vm.pipeline().userProperty().get();
        return u.url() + " " + u.text();
    }

    @Test
    void aCopyOfABuiltInScenarioIsNamedByItsFileToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path copy = dir.resolve("my-copy.json");
        java.nio.file.Files.copy(java.nio.file.Path.of("resources/scenarios/stale-after-save.json"), copy);
        dev.cachelab.scenario.Scenario builtIn = vm.selectedProperty().get();
        assertThat(vm.open(copy).join()).isEqualTo(FileOpening.Outcome.OPENED);
        dev.cachelab.scenario.Scenario opened = vm.selectedProperty().get();
        assertThat(opened.id()).isEqualTo(builtIn.id());
        assertThat(vm.label(builtIn)).isEqualTo(builtIn.title());
        assertThat(vm.label(opened)).isEqualTo(builtIn.title() + " — my-copy.json");
    }

    @Test
    void aWhatIfReplaysTheMutationStepWithAnotherToolAndTheOriginalIsOneKeyAway() {
        vm.seek(2);
        vm.whatIf(dev.cachelab.scenario.SandboxChoices.Tool.UPDATE_TAG, dev.cachelab.scenario.SandboxChoices.Site.SERVER_ACTION);
        assertThat(vm.whatIf().active()).isTrue();
        vm.pause();
        vm.seek(3);
        assertThat(user()).isEqualTo("/invoices getInvoiceList: v2 (MISS)"); // updateTag: the user reads their write
        assertThat(vm.narrationProperty().get()).startsWith("With updateTag(tag): the row is written (v2)");
        vm.whatIf().toggleOriginal();
        assertThat(vm.positionProperty().get()).isEqualTo(3);
        assertThat(user()).isEqualTo("/invoices getInvoiceList: v1 (STALE)"); // 'max': the old list
        vm.whatIf().toggleOriginal();
        assertThat(user()).isEqualTo("/invoices getInvoiceList: v2 (MISS)");
        vm.select("tag-typo");                    // another scenario forgets the fork
        assertThat(vm.whatIf().active()).isFalse();
    }

    @Test
    void scrubbingBackInsideOneStepReplaysInsteadOfTurningTheClockBack() {
        long second = vm.player().scenario().steps().get(1).atMs();
        long third = vm.player().scenario().steps().get(2).atMs();
        double late = second + (third - second) * 0.9;
        double early = second + (third - second) * 0.1;
        vm.seekTime(late);                // inside the second step's share of the timeline
        assertThat(vm.positionProperty().get()).isEqualTo(2);
        vm.seekTime(early);               // back, still inside it: the engine's clock may not go backwards
        assertThat(vm.positionProperty().get()).isEqualTo(2);
        assertThat(vm.playback().timeMsProperty().get()).isEqualTo(early);
        assertThat(vm.player().simulation().nowMs()).isEqualTo((long) early);
        vm.seekTime(late);
        assertThat(vm.player().simulation().nowMs()).isEqualTo((long) late);
    }

    @Test
    void stepsAskThePredictionFirstThenRevealIt() {
        vm.stepForward();
        vm.stepForward();
        assertThat(vm.positionProperty().get()).isEqualTo(2);
        vm.stepForward();
        assertThat(vm.predictions().pending()).isNotNull();
        assertThat(vm.positionProperty().get()).isEqualTo(2);
        vm.predictions().answer(0);
        assertThat(vm.positionProperty().get()).isEqualTo(3);
        assertThat(vm.predictions().revealProperty().get()).startsWith("Right");
        assertThat(user()).isEqualTo("/invoices getInvoiceList: v1 (STALE)");
        assertThat(vm.notes()).hasSize(1);
    }

    @Test
    void aRevealedAnswerLeavesTheScreenWhenTheStepIsUndone() {
        vm.seek(2);
        vm.stepForward();
        vm.predictions().answer(1);
        assertThat(vm.predictions().revealProperty().get()).startsWith("Not quite");
        vm.seek(4);                       // later steps keep it (it is still about what happened)
        assertThat(vm.predictions().revealProperty().get()).startsWith("Not quite");
        vm.stepBack();
        vm.stepBack();                    // back to before the save: the answer is about a step that has not run
        assertThat(vm.positionProperty().get()).isEqualTo(2);
        assertThat(vm.predictions().revealProperty().get()).isEmpty();

        vm.stepForward();                 // asked once already: it plays, with nothing to reveal
        assertThat(vm.positionProperty().get()).isEqualTo(3);
        assertThat(vm.predictions().revealProperty().get()).isEmpty();

        vm.reset();                       // a new run asks again; scrubbing back before it clears the answer too
        vm.seek(2);
        vm.stepForward();
        vm.predictions().answer(1);
        assertThat(vm.predictions().revealProperty().get()).startsWith("Not quite");
        vm.seekTime(2500);
        assertThat(vm.predictions().revealProperty().get()).startsWith("Not quite");
        vm.seekTime(500);
        assertThat(vm.predictions().revealProperty().get()).isEmpty();
    }

    @Test
    void aQuestionIsWithdrawnWhenTheLearnerMovesAwayFromItsStep() {
        vm.seek(2);
        vm.stepForward();
        assertThat(vm.predictions().pending()).isNotNull();
        vm.stepBack();
        assertThat(vm.predictions().pending()).isNull();
        vm.seek(2);
        vm.stepForward();                 // not answered: asked again
        assertThat(vm.predictions().pending()).isNotNull();
    }

    @Test
    void steppingBackReplaysToTheEarlierState() {
        vm.seek(4);
        assertThat(vm.pipeline().visitorProperty().get().text()).isEqualTo("getInvoiceList: v2 (HIT)");
        vm.stepBack();
        assertThat(vm.positionProperty().get()).isEqualTo(3);
        assertThat(vm.pipeline().dbVersionProperty().get()).isEqualTo(2);
        vm.seek(1);
        assertThat(vm.pipeline().dbVersionProperty().get()).isEqualTo(1);
        assertThat(vm.playback().timeMsProperty().get()).isEqualTo(0.0);
    }

    @Test
    void playingAdvancesTheVirtualClockAndRunsStepsWhenTheyAreDue() {
        vm.playback().speedProperty().set(2.0);
        vm.play();
        vm.frame(16);
        assertThat(vm.positionProperty().get()).isEqualTo(1); // step 1 is at 0 ms
        vm.frame(250);
        assertThat(vm.playback().timeMsProperty().get()).isEqualTo(500.0);
        vm.frame(400); // 500 + 800 ms: step 2 (1,000 ms) is due
        assertThat(vm.positionProperty().get()).isEqualTo(2);
        assertThat(vm.playback().timeMsProperty().get()).isEqualTo(1000.0);
        vm.frame(600); // reaches step 3 (2,000 ms), which asks first: the clock waits
        assertThat(vm.predictions().pending()).isNotNull();
        vm.frame(5000);
        assertThat(vm.positionProperty().get()).isEqualTo(2);
    }

    @Test
    void afterEveryStepTheClockShowsThatStepsTime() {
        assertThat(vm.select("router-refresh-no-op")).isTrue();
        while (vm.canStepForwardProperty().get()) {
            vm.stepForward();
            if (vm.predictions().pending() != null) vm.predictions().skip();
            long at = vm.player().lastResult().step().atMs();
            assertThat(vm.playback().timeMsProperty().get()).isEqualTo((double) at);
            assertThat(vm.clockProperty().get()).startsWith(String.format("t = %.1f s", at / 1000.0));
        }
    }

    /** An animator that holds a step's events until told to play them one by one, as the pipeline does. */
    private static final class HeldAnimator implements StepAnimator {
        java.util.List<dev.cachelab.engine.event.EngineEvent> events;
        java.util.function.Consumer<dev.cachelab.engine.event.EngineEvent> apply;
        Runnable done;
        int next;

        @Override
        public void play(java.util.List<dev.cachelab.engine.event.EngineEvent> events,
                         java.util.function.Consumer<dev.cachelab.engine.event.EngineEvent> apply, Runnable done) {
            this.events = events;
            this.apply = apply;
            this.done = done;
            this.next = 0;
        }

        /** Plays events up to and including the first one {@code until} accepts. */
        void playUntil(java.util.function.Predicate<dev.cachelab.engine.event.EngineEvent> until) {
            while (next < events.size()) {
                var e = events.get(next++);
                apply.accept(e);
                if (until.test(e)) return;
            }
        }

        @Override
        public void finish() {
            if (events == null) return;
            while (next < events.size()) apply.accept(events.get(next++));
            Runnable d = done;
            events = null;
            if (d != null) d.run();
        }
    }

    @Test
    void whileAStepPlaysTheCounterNarrationHeaderAndDatabaseBoxAgree() {
        HeldAnimator held = new HeldAnimator();
        vm.setAnimator(held);
        assertThat(vm.select("transaction-rollback")).isTrue();
        vm.stepForward();
        held.finish();
        vm.stepForward(); // the save asks for a prediction first
        vm.predictions().skip();
        // the save is playing: it is the current step everywhere at once
        assertThat(vm.positionProperty().get()).isEqualTo(2);
        assertThat(vm.narrationProperty().get()).isEqualTo(vm.player().scenario().narration().get(1));
        assertThat(vm.steps().get(1).state()).isEqualTo(ExplorerRows.StepState.CURRENT);
        assertThat(vm.clockProperty().get()).isEqualTo("t = 2.0 s · database v1");
        assertThat(vm.pipeline().dbVersionProperty().get()).isEqualTo(1);
        // the row is written: the Database box and the header say v2 together
        held.playUntil(e -> e instanceof dev.cachelab.engine.event.EngineEvent.DatabaseWritten);
        assertThat(vm.pipeline().dbVersionProperty().get()).isEqualTo(2);
        assertThat(vm.clockProperty().get()).isEqualTo("t = 2.0 s · database v2");
        // the commit fails and rolls back: both go back to v1
        held.playUntil(e -> e instanceof dev.cachelab.engine.event.EngineEvent.TransactionRolledBack);
        assertThat(vm.clockProperty().get()).endsWith("database v1");
        held.finish();
        assertThat(vm.positionProperty().get()).isEqualTo(2);
        assertThat(vm.clockProperty().get()).isEqualTo("t = 2.0 s · database v1");
    }

    @Test
    void theHeaderClockReadsLongScenariosInHoursAndMinutes() {
        assertThat(vm.select("cron-import")).isTrue();
        vm.seek(7);
        assertThat(vm.clockProperty().get()).isEqualTo("t = 8 h 1 min 1 s · database v2");
        assertThat(vm.pipeline().routes()).anySatisfy(r -> assertThat(r.originProperty().get()).isEqualTo("rendered at 8 h 0 min 0 s"));
    }

    @Test
    void playingTheNightlyImportFastForwardsItsEightHourGap() {
        assertThat(vm.select("cron-import")).isTrue();
        vm.seek(3);
        vm.play();
        // eight hours of virtual time in at most Playback.LONGEST_GAP_MS of wall time at 1×
        for (int i = 0; i < 60 && vm.predictions().pending() == null; i++) vm.frame(100);
        assertThat(vm.predictions().pending()).as("the morning's question").isNotNull();
        assertThat(vm.playback().timeMsProperty().get()).isEqualTo(28_800_000.0);
    }

    @Test
    void aSecondBrowserIsShownAsTheOtherViewer() {
        assertThat(vm.select("admin-other-tenant")).isTrue();
        vm.seek(1);
        assertThat(vm.pipeline().visitorProperty().get().who()).isEqualTo("The visitor's browser");
    }

    @Test
    void speedIsClampedToTheSupportedRange() {
        vm.playback().speedProperty().set(10);
        assertThat(vm.playback().speedProperty().get()).isEqualTo(4.0);
        vm.playback().speedProperty().set(0.1);
        assertThat(vm.playback().speedProperty().get()).isEqualTo(0.25);
    }

    @Test
    void scrubbingRunsEveryStepUpToThatTime() {
        vm.seekTime(2500);
        assertThat(vm.positionProperty().get()).isEqualTo(3);
        assertThat(vm.playback().timeMsProperty().get()).isEqualTo(2500.0);
        vm.seekTime(500);
        assertThat(vm.positionProperty().get()).isEqualTo(1);
    }

    @Test
    void cardsShowTheEntriesStateAndWhyExplainsItBackToTheCall() {
        vm.seek(3);
        EntryCardModel list = vm.pipeline().entry("getInvoiceList()");
        assertThat(list.versionProperty().get()).isEqualTo(2);
        assertThat(list.freshnessProperty().get()).isEqualTo(Freshness.FRESH);
        vm.why().explainRoute("/dashboard", false);
        assertThat(vm.why().linesProperty().get().stream().map(dev.cachelab.ui.explorer.model.WhyLine::text).collect(java.util.stream.Collectors.joining("\n")))
                .contains("/dashboard is stale")
                .contains("revalidateTag(\"invoices:list:org1\", \"max\") in step 3");
    }

    @Test
    void firingAMutationBuildsAndPlaysTheSandbox() {
        vm.fire(Mutation.FORM_SAVE, Tool.UPDATE_TAG, Site.SERVER_ACTION);
        assertThat(vm.isSandbox()).isTrue();
        assertThat(vm.playback().playingProperty().get()).isTrue();
        for (int i = 0; i < 400 && vm.playback().playingProperty().get(); i++) vm.frame(100);
        assertThat(vm.positionProperty().get()).isEqualTo(vm.stepCountProperty().get());
        assertThat(vm.code()).anySatisfy(l -> assertThat(l.text()).isEqualTo("  updateTag(invoiceTags.list(orgId));"));
        assertThat(vm.pipeline().entry("getInvoiceList(\"org1\")").versionProperty().get()).isEqualTo(2);
        // a second fire keeps what happened and adds to it
        int before = vm.stepCountProperty().get();
        vm.fire(Mutation.WEBHOOK, Tool.UPDATE_TAG, Site.ROUTE_HANDLER);
        assertThat(vm.stepCountProperty().get()).isGreaterThan(before);
        assertThat(vm.positionProperty().get()).isEqualTo(before);
    }

    @Test
    void routerRefreshMustBeCalledFromTheBrowser() {
        vm.fire(Mutation.FORM_SAVE, Tool.ROUTER_REFRESH, Site.SERVER_ACTION);
        assertThat(vm.problemProperty().get()).contains("client component");
        assertThat(vm.isSandbox()).isFalse();
    }

    @Test
    void aBadFileKeepsWhatWasOpen(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\"format\": \"cachelab-scenario/1\", \"id\": 3}");
        assertThat(vm.open(bad).join()).isEqualTo(FileOpening.Outcome.FAILED);
        assertThat(vm.problemProperty().get()).contains("broken.json:1:41").contains("expected the scenario's id");
        assertThat(vm.titleProperty().get()).isEqualTo("The stale-after-save bug");
    }

    @Test
    void theToolBarsTransportDrivesCompareModeOnTheSharedClock() {
        vm.fire(Mutation.FORM_SAVE, Tool.UPDATE_TAG, Site.SERVER_ACTION);
        vm.pause();
        vm.seek(3);
        vm.tryIt().openCompare(Mutation.FORM_SAVE, Site.SERVER_ACTION);
        assertThat(vm.comparingProperty().get()).isTrue();
        int rows = vm.compare().rows().size();
        assertThat(vm.stepCountProperty().get()).isEqualTo(rows);
        assertThat(vm.positionProperty().get()).isZero();
        assertThat(vm.playback().markers()).hasSize(rows);
        vm.stepForward();
        vm.stepForward();
        assertThat(vm.compare().beatProperty().get()).isEqualTo(2);
        assertThat(vm.positionProperty().get()).isEqualTo(2);
        assertThat(vm.narrationProperty().get()).isEqualTo("Row 2 of " + rows + ", at 1 s: the user opens /invoices/42."
                + " Each column shows what that tool's run of the mutation served.");
        assertThat(vm.titleProperty().get()).isEqualTo("Compare all tools");
        vm.stepBack();
        assertThat(vm.compare().beatProperty().get()).isEqualTo(1);
        // Play reveals the rows as the clock passes them
        vm.play();
        for (int i = 0; i < 200 && vm.playback().playingProperty().get(); i++) vm.frame(100);
        assertThat(vm.compare().beatProperty().get()).isEqualTo(rows);
        assertThat(vm.canStepForwardProperty().get()).isFalse();
        vm.seekTime(1_200);               // scrubbing back: the rows at 0 s and 1 s stay, the later ones hide again
        assertThat(vm.compare().beatProperty().get()).isEqualTo(2);
        // closing goes back to the sandbox where it was
        vm.closeCompare();
        assertThat(vm.comparingProperty().get()).isFalse();
        assertThat(vm.titleProperty().get()).isEqualTo("Sandbox — fire your own mutations");
        assertThat(vm.positionProperty().get()).isEqualTo(3);
        assertThat(vm.stepCountProperty().get()).isEqualTo(vm.player().stepCount());
        assertThat(vm.playback().markers()).hasSize(vm.player().stepCount());
    }

    @Test
    void pickingAScenarioOrFiringLeavesCompareMode() {
        vm.tryIt().openCompare(Mutation.WEBHOOK, Site.ROUTE_HANDLER);
        vm.fire(Mutation.WEBHOOK, Tool.REVALIDATE_TAG_MAX, Site.ROUTE_HANDLER);
        assertThat(vm.comparingProperty().get()).isFalse();
        assertThat(vm.isSandbox()).isTrue();
        vm.tryIt().openCompare(Mutation.WEBHOOK, Site.ROUTE_HANDLER);
        assertThat(vm.select("tag-typo")).isTrue();
        assertThat(vm.comparingProperty().get()).isFalse();
        assertThat(vm.stepCountProperty().get()).isEqualTo(6);
    }
}
