package dev.cachelab.lesson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Progress is saved atomically, restored, and a damaged file never stops the learner. */
class ProgressStoreTest {

    private static ProgressBook sample() {
        return ProgressBook.EMPTY
                .with("sort-mutations", ItemProgress.NONE.graded(new Score(14, 20)).graded(new Score(18, 20)))
                .with("scenario:stale-after-save", ItemProgress.NONE.visited())
                .withCurrent("pr-review");
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void savesAndRestores(@TempDir Path dir) throws Exception {
        ProgressStore store = new ProgressStore(dir.resolve("sub"));
        store.save(sample());
        ProgressStore.Loaded loaded = new ProgressStore(dir.resolve("sub")).load();
        assertThat(loaded.notice()).isNull();
        assertThat(loaded.book()).isEqualTo(sample());
        ItemProgress p = loaded.book().get("sort-mutations");
        assertThat(p.done()).isTrue();
        assertThat(p.attempts()).isEqualTo(2);
        assertThat(p.last()).isEqualTo(new Score(18, 20));
        assertThat(p.best()).isEqualTo(new Score(18, 20));
        assertThat(loaded.book().current()).isEqualTo("pr-review");
        assertThat(files(dir.resolve("sub"))).containsExactly("progress.json");
    }

    @Test
    void theBestScoreIsKept() {
        ItemProgress p = ItemProgress.NONE.graded(new Score(18, 20)).graded(new Score(12, 20));
        assertThat(p.best()).isEqualTo(new Score(18, 20));
        assertThat(p.last()).isEqualTo(new Score(12, 20));
    }

    @Test
    void noFileMeansAFreshStartWithoutANotice(@TempDir Path dir) {
        ProgressStore.Loaded loaded = new ProgressStore(dir).load();
        assertThat(loaded.book()).isEqualTo(ProgressBook.EMPTY);
        assertThat(loaded.notice()).isNull();
    }

    @Test
    void aCorruptFileIsKeptAsABackupAndTheLearnerIsTold(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("progress.json"), "{\"format\": \"cachelab-progress/1\", \"items\": {\"a\": ");
        ProgressStore.Loaded loaded = new ProgressStore(dir).load();
        assertThat(loaded.book()).isEqualTo(ProgressBook.EMPTY);
        assertThat(loaded.notice()).contains("could not be used").contains("damaged").contains("starts fresh");
        // plain words: what happened and where the file went, none of the parser's internals
        assertThat(loaded.notice()).startsWith("Your saved lesson progress could not be used: the file is damaged")
                .doesNotContain("JSON").doesNotContain("StreamReadFeature").doesNotContain("Unexpected");
        assertThat(loaded.detail()).contains("not valid JSON");
        List<String> names = files(dir);
        assertThat(names).hasSize(1);
        assertThat(names.get(0)).startsWith("progress.json.corrupt-");
        assertThat(loaded.notice()).contains(dir.resolve(names.get(0)).toString());
        assertThat(Files.readString(dir.resolve(names.get(0))))
                .isEqualTo("{\"format\": \"cachelab-progress/1\", \"items\": {\"a\": ");
        // the next save works and the backup stays
        new ProgressStore(dir).save(sample());
        assertThat(new ProgressStore(dir).load().book()).isEqualTo(sample());
        assertThat(files(dir)).hasSize(2);
    }

    @Test
    void wellFormedJsonThatIsNotProgressIsCorruptToo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("progress.json"), "{\"format\": \"cachelab-progress/1\", \"items\": {\"a\": {\"done\": \"yes\", \"attempts\": 1}}}");
        ProgressStore.Loaded loaded = new ProgressStore(dir).load();
        // the parser's words go to the log, not to the learner
        assertThat(loaded.detail()).contains("item \"a\" is not a progress record");
        assertThat(loaded.notice()).doesNotContain("progress record").doesNotContain("JSON").contains("damaged");
        Files.writeString(dir.resolve("progress.json"), "[1, 2]");
        assertThat(new ProgressStore(dir).load().detail()).contains("expected a JSON object");
        Files.write(dir.resolve("progress.json"), new byte[] {0, 1, 2, (byte) 0xff});
        assertThat(new ProgressStore(dir).load().notice()).contains("could not be used");
        assertThat(files(dir)).filteredOn(n -> n.startsWith("progress.json.corrupt-")).hasSize(3);
    }

    @Test
    void anUnreadableFileIsMovedAsideToo(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("progress.json")); // a folder where the file should be: cannot be read
        ProgressStore.Loaded loaded = new ProgressStore(dir).load();
        assertThat(loaded.book()).isEqualTo(ProgressBook.EMPTY);
        assertThat(loaded.notice()).contains("could not be read").contains("kept as");
        assertThat(Files.exists(dir.resolve("progress.json"))).isFalse();
        new ProgressStore(dir).save(sample());
        assertThat(new ProgressStore(dir).load().book()).isEqualTo(sample());
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoPartialFile(@TempDir Path dir) throws Exception {
        new ProgressStore(dir).save(sample());
        byte[] before = Files.readAllBytes(dir.resolve("progress.json"));
        ProgressStore failing = new ProgressStore(dir, (out, bytes) -> {
            out.write(bytes, 0, bytes.length / 2);
            throw new IOException("disk full");
        });
        assertThatThrownBy(() -> failing.save(ProgressBook.EMPTY.withCurrent("recap")))
                .isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(Files.readAllBytes(dir.resolve("progress.json"))).isEqualTo(before);
        assertThat(files(dir)).containsExactly("progress.json");
    }

    @Test
    void leftoverTempFilesFromACrashAreCleanedUp(@TempDir Path dir) throws Exception {
        new ProgressStore(dir).save(sample());
        Files.writeString(dir.resolve("progress.json.12345.tmp"), "{\"format\": \"cachel", StandardCharsets.UTF_8);
        assertThat(new ProgressStore(dir).load().book()).isEqualTo(sample());
        assertThat(files(dir)).containsExactly("progress.json");
    }

    @Test
    void theFileIsReadableJson(@TempDir Path dir) throws Exception {
        new ProgressStore(dir).save(sample());
        String json = Files.readString(dir.resolve("progress.json"));
        assertThat(json).contains("\"format\" : \"cachelab-progress/1\"").contains("\"sort-mutations\"")
                .contains("\"best\" : {");
    }
}
