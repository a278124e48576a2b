package dev.cachelab.cli;

import dev.cachelab.scenario.ScenarioLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.cachelab.cli.CliTest.cli;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented limits (README, "Limits"): a file over one of them gets exit status 2 and one line naming the
 * file, the limit and what was found, from {@code validate}, {@code trace} and {@code check} alike.
 */
class LimitsTest {

    private static final String APP = "\"app\":{\"functions\":{\"getProduct\":{\"params\":[\"id\"],\"tags\":[\"p\"]}},"
            + "\"routes\":[{\"path\":\"/a\",\"rendering\":\"request-time\"}]}";

    private static void refusedByEveryCommand(Path file, String expected) {
        for (String cmd : new String[]{"validate", "trace", "check"}) {
            CliTest.Run r = cli(cmd, file.toString());
            assertThat(r.code()).as(cmd).isEqualTo(2);
            assertThat(r.out()).as(cmd).isEmpty();
            assertThat(r.err().strip()).as(cmd).startsWith(file.toString()).contains(expected)
                    .doesNotContain("Exception");
            assertThat(r.err().strip().lines()).as(cmd).hasSize(1);
        }
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(1L << 30); // 1 GB, sparse: reading it would take seconds and a gigabyte of memory
        }
        long t0 = System.nanoTime();
        refusedByEveryCommand(huge, "the file is too large (1,024.0 MB); expected at most 32 MB");
        assertThat((System.nanoTime() - t0) / 1_000_000).as("ms for three refusals").isLessThan(2_000);
    }

    /** A scenario of {@code n} short steps (the generator's narrated reads would take 18 MB). */
    private static Path waits(Path file, int n) throws Exception {
        Files.writeString(file, "{\"format\":\"cachelab-scenario/1\",\"id\":\"w\",\"title\":\"w\",\"app\":\"invoices\",\n"
                + "\"steps\":[" + "{\"atMs\":0,\"do\":\"wait\",\"narration\":\"\"},".repeat(n - 1)
                + "{\"atMs\":0,\"do\":\"wait\",\"narration\":\"\"}]}");
        return file;
    }

    @Test
    void moreStepsThanTheLimitAreRefusedWithTheCountFound(@TempDir Path dir) throws Exception {
        Path big = waits(dir.resolve("big.json"), ScenarioLimits.MAX_STEPS + 1);
        refusedByEveryCommand(big, ":2:9: $.steps: 100,001 steps; expected at most 100,000, the limit for one file");
    }

    @Test
    void theStepLimitItselfLoads(@TempDir Path dir) throws Exception {
        Path max = waits(dir.resolve("max.json"), ScenarioLimits.MAX_STEPS);
        CliTest.Run r = cli("validate", max.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out().strip()).isEqualTo(max + ": OK");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"atMs\":3153600000001,\"do\":\"wait\"} | $.steps[0].atMs: atMs 3,153,600,000,001 is 100 years from the"
                    + " start; expected at most 3,153,600,000,000 (100 years)",
            "{\"atMs\":0,\"do\":\"routerRefresh\",\"times\":1001} | $.steps[0].times: 1,001 calls; expected at most 1,000"
                    + " in one step",
            "{\"atMs\":0,\"do\":\"traffic\",\"function\":\"getProduct\",\"fromId\":0,\"toId\":600000}<NL>,"
                    + "{\"atMs\":1,\"do\":\"traffic\",\"function\":\"getProduct\",\"fromId\":0,\"toId\":600000} |"
                    + " $.steps[1].toId: the traffic steps up to this one fill 1,200,002 entries; expected at most"
                    + " 1,000,000 in one file",
    })
    void whatAStepAsksOfTheEngineIsLimited(String steps, String expected, @TempDir Path dir) throws Exception {
        Path f = dir.resolve("steps.json");
        int n = steps.split("\"do\"").length - 1;
        Files.writeString(f, "{\"format\":\"cachelab-conformance/1\",\"id\":\"x\"," + APP + ",\n\"steps\":["
                + steps.replace("<NL>", "\n") + "],\"expect\":[" + "{},".repeat(n - 1) + "{}]}");
        refusedByEveryCommand(f, expected);
    }
}
