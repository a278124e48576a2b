package dev.cachelab.ui.shell;

import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.ui.common.ErrorDialogs;
import dev.cachelab.ui.explorer.ExplorerViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Own scenario files around the explorer's view model: open, recent list, reload on change, bad files. */
class ScenarioFilesTest {

    @TempDir
    Path dir;
    private ExplorerViewModel explorer;
    private UserPreferences prefs;
    private ScenarioFiles files;
    /** Runs the watcher's reports at once (the app hands them to the FX thread). */
    private final Executor direct = Runnable::run;

    /** No dialogs: the problems reported are read back from {@link ErrorDialogs#lastProblem()}. */
    private final ErrorDialogs dialogs = ErrorDialogs.headless();

    @BeforeEach
    void setUp() {
        explorer = new ExplorerViewModel(BuiltInScenarios.load().scenarios());
        prefs = new UserPreferences();
        files = new ScenarioFiles(explorer, prefs, dialogs, 20, direct);
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("condition not met within 5 s");
            Thread.sleep(20);
        }
    }

    private Path caseFile(String name) throws Exception {
        Path f = dir.resolve(name);
        Files.copy(Path.of("src/test/resources/conformance/baseline--static.json"), f);
        return f;
    }

    @Test
    void openingAFileShowsItRemembersItAndWatchesIt() throws Exception {
        Path f = caseFile("mine.json");
        assertThat(files.open(f).join()).isTrue();
        assertThat(files.currentFile()).isEqualTo(f.toAbsolutePath());
        assertThat(prefs.recentFiles()).containsExactly(f.toAbsolutePath().toString());
        assertThat(prefs.lastScenarioProperty().get()).isEqualTo(f.toAbsolutePath().toString());
        assertThat(files.watcher().watched()).isEqualTo(f.toAbsolutePath());

        explorer.select(BuiltInScenarios.load().scenarios().get(0).id());
        assertThat(files.currentFile()).isNull();
        assertThat(files.watcher().watched()).isNull();
        assertThat(prefs.lastScenarioProperty().get()).isEqualTo(BuiltInScenarios.load().scenarios().get(0).id());
        files.close();
    }

    @Test
    void aFileThatFailedToOpenIsWatchedAndOpensOnceItIsSavedFixed() throws Exception {
        Path f = dir.resolve("draft.json");
        Files.writeString(f, "{ \"format\": \"cachelab-conformance/1\", ");
        int[] fixed = {0};
        files.setOnFixed(() -> fixed[0]++);
        assertThat(files.open(f).join()).isFalse();
        assertThat(files.awaitingFix()).isEqualTo(f.toAbsolutePath());
        Files.copy(Path.of("src/test/resources/conformance/baseline--static.json"), f,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        eventually(() -> fixed[0] == 1);
        assertThat(files.currentFile()).isEqualTo(f.toAbsolutePath());
        assertThat(files.awaitingFix()).isNull();
        files.close();
    }

    @Test
    void aBadFileGetsFileLineColumnAndExpectedAndTheExplorerKeepsWhatWasOpen() throws Exception {
        String before = explorer.titleProperty().get();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"format\": \"cachelab-scenario/1\",\n  \"id\": 42\n}\n");
        assertThat(files.open(bad).join()).isFalse();
        assertThat(explorer.titleProperty().get()).isEqualTo(before);
        ErrorDialogs.FileProblem p = ErrorDialogs.FileProblem.parse(dialogs.lastProblem());
        assertThat(p.file()).endsWith("bad.json");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isPositive();
        assertThat(p.problem()).contains("expected");
        assertThat(prefs.recentFiles()).isEmpty();
        files.close();
    }

    @Test
    void aFileThatChangesOnDiskReloadsAtTheSameStep() throws Exception {
        Path f = caseFile("live.json");
        files.open(f);
        explorer.stepForward();
        String text = Files.readString(f).replace("\"baseline@static\"", "\"baseline@edited\"");
        assertThat(text).contains("baseline@edited");
        Files.writeString(f, text);
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        eventually(() -> explorer.selectedProperty().get().id().equals("baseline@edited"));
        assertThat(explorer.positionProperty().get()).isEqualTo(1);
        files.close();
    }

    @Test
    void aChangeThatBreaksTheFileKeepsTheVersionLoadedBefore() throws Exception {
        Path f = caseFile("live.json");
        files.open(f);
        String id = explorer.selectedProperty().get().id();
        Files.writeString(f, "{ \"format\": ");
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        eventually(() -> dialogs.lastProblem() != null
                && dialogs.lastProblem().contains("live.json") && dialogs.lastProblem().contains("Still showing"));
        assertThat(explorer.selectedProperty().get().id()).isEqualTo(id);
        files.close();
    }

    @Test
    void theLastScenarioIsRestoredAtStart() throws Exception {
        Path f = caseFile("last.json");
        prefs.lastScenarioProperty().set(f.toAbsolutePath().toString());
        ExplorerViewModel fresh = new ExplorerViewModel(BuiltInScenarios.load().scenarios());
        try (ScenarioFiles again = new ScenarioFiles(fresh, prefs, dialogs, 20, direct)) {
            again.restoreLast();
            assertThat(again.currentFile()).isEqualTo(f.toAbsolutePath());
        }
        prefs.lastScenarioProperty().set("stale-after-save-fixed");
        ExplorerViewModel other = new ExplorerViewModel(BuiltInScenarios.load().scenarios());
        try (ScenarioFiles again = new ScenarioFiles(other, prefs, dialogs, 20, direct)) {
            again.restoreLast();
            assertThat(other.selectedProperty().get().id()).isEqualTo("stale-after-save-fixed");
        }
        files.close();
    }

    @Test
    void onlyJsonFilesAreDroppable() throws Exception {
        Path json = caseFile("drop.json");
        Path txt = Files.writeString(dir.resolve("notes.txt"), "hi");
        assertThat(ScenarioFiles.droppable(java.util.List.of(txt.toFile(), json.toFile()))).isEqualTo(json.toFile());
        assertThat(ScenarioFiles.droppable(java.util.List.of(txt.toFile()))).isNull();
        files.close();
    }

    /** The window uses the same loader: a file over the size limit is refused before it is read. */
    @Test
    void aFileOverTheSizeLimitIsRefusedAtOnceAndTheExplorerKeepsItsScenario() throws Exception {
        Path huge = dir.resolve("huge.json");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(1L << 30);
        }
        var before = explorer.selectedProperty().get();
        long t0 = System.nanoTime();
        assertThat(files.open(huge).join()).isFalse();
        assertThat((System.nanoTime() - t0) / 1_000_000).as("ms to refuse").isLessThan(500);
        assertThat(explorer.problemProperty().get()).isEqualTo(huge.toAbsolutePath()
                + ": the file is too large (1,024.0 MB); expected at most 32 MB, the limit for a Cache Lab file");
        assertThat(explorer.selectedProperty().get()).isSameAs(before);
    }

    @Test
    void fileProblemMessagesAreSplitIntoTheirParts() {
        ErrorDialogs.FileProblem p = ErrorDialogs.FileProblem.parse(
                "/x/scenario.json:14:25: $.steps[0].do: unknown step \"gett\"; expected one of get, wait");
        assertThat(p).isEqualTo(new ErrorDialogs.FileProblem("/x/scenario.json", 14, 25, "$.steps[0].do",
                "unknown step \"gett\"; expected one of get, wait"));
        assertThat(ErrorDialogs.FileProblem.parse("/x/empty.json: the file is empty; expected a JSON object").line()).isZero();
    }
}
