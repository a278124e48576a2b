package dev.cachelab.ui.explorer;

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
        assertThat(String.join("\n", vm.why().linesProperty().get()))
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
        assertThat(vm.code()).anySatisfy(l -> assertThat(l.text()).contains("updateTag(\"invoices:list:org1\")"));
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
        assertThat(vm.open(bad)).isFalse();
        assertThat(vm.problemProperty().get()).contains("broken.json:1:41").contains("expected the scenario's id");
        assertThat(vm.titleProperty().get()).isEqualTo("The stale-after-save bug");
    }

    @Test
    void compareModeRunsOneMutationUnderEveryTool() {
        CompareViewModel c = new CompareViewModel();
        c.load(Mutation.FORM_SAVE);
        assertThat(c.columns()).extracting(CompareViewModel.Column::tool).contains(Tool.UPDATE_TAG, Tool.REVALIDATE_TAG_MAX,
                Tool.ROUTER_REFRESH);
        CompareViewModel.Column update = c.columns().stream().filter(col -> col.tool() == Tool.UPDATE_TAG).findFirst().orElseThrow();
        CompareViewModel.Column max = c.columns().stream().filter(col -> col.tool() == Tool.REVALIDATE_TAG_MAX).findFirst().orElseThrow();
        int action = c.beats().indexOf(2_500L);
        assertThat(c.cell(update, action).newData()).isTrue();
        assertThat(c.cell(max, action).newData()).isFalse();
        assertThat(c.beatProperty().get()).isZero();
        c.stepForward();
        assertThat(c.beatProperty().get()).isEqualTo(1);
    }
}
