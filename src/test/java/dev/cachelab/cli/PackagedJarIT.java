package dev.cachelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cachelab.scenario.Expectation;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, run the way the unpublished cases will be run: {@code java -jar target/cachelab.jar trace CASE}
 * for every public case, compared key by key with its expectations; and the headless {@code snapshot} command.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "cachelab.jar");

    record Result(int code, String out, String err) { }

    static Result java(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("cachelab-out", ".txt");
        Path err = Files.createTempFile("cachelab-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @TestFactory
    Stream<DynamicTest> traceOfThePackagedJarReproducesEveryCase() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/conformance"))) {
            cases = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(cases).hasSize(98);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            Result r = java("trace", c.toString());
            assertThat(r.code()).as(r.err()).isZero();
            Scenario scenario = ScenarioLoader.load(c);
            JsonNode observed = new ObjectMapper().readTree(r.out()).get("observed");
            assertThat(observed).hasSize(scenario.steps().size());
            for (int i = 0; i < scenario.expects().size(); i++) {
                if (!scenario.unstableSteps().contains(i)) matches(i, scenario.expects().get(i), observed.get(i));
            }
        }));
    }

    /** The comparison of the conformance README: only the expected keys, logs as "each must appear". */
    private static void matches(int step, Expectation e, JsonNode o) {
        String at = "step " + step;
        for (String key : e.keys()) {
            JsonNode v = o.get(key);
            switch (key) {
                case "status" -> assertThat(v.asInt()).as(at + " status").isEqualTo(e.status());
                case "routeCache" -> assertThat(v.isNull() ? null : v.asText()).as(at + " routeCache").isEqualTo(e.routeCache());
                case "error" -> assertThat(v.isNull() ? null : v.asText()).as(at + " error").isEqualTo(e.error());
                case "errorPage" -> assertThat(v.asBoolean()).as(at + " errorPage").isEqualTo(e.errorPage());
                case "fetched" -> assertThat(v.asBoolean()).as(at + " fetched").isEqualTo(e.fetched());
                case "logs" -> {
                    List<String> lines = new ArrayList<>();
                    v.forEach(l -> lines.add(l.asText().stripTrailing()));
                    for (String line : e.logs()) assertThat(lines).as(at + " logs").contains(line.stripTrailing());
                }
                case "caughtErrors" -> {
                    List<String> got = new ArrayList<>();
                    v.forEach(x -> got.add(x.isNull() ? null : x.asText()));
                    assertThat(got).as(at + " caughtErrors").isEqualTo(e.caughtErrors());
                }
                case "served" -> {
                    for (Map.Entry<String, Expectation.ExpectedServed> s : e.served().entrySet()) {
                        JsonNode fn = v.get(s.getKey());
                        assertThat(fn).as(at + " served." + s.getKey()).isNotNull();
                        assertThat(fn.get("version").asInt()).as(at + " served." + s.getKey()).isEqualTo(s.getValue().version());
                        if (s.getValue().outcome() != null) {
                            assertThat(fn.get("outcome").asText()).as(at + " outcome of " + s.getKey()).isEqualTo(s.getValue().outcome().name());
                        }
                    }
                }
                default -> throw new AssertionError("unknown key " + key);
            }
        }
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) assertThat(it.next()).isNotBlank();
    }

    /** Run from another folder, as a user would: the cases it times travel inside the jar. */
    @Test
    void benchPrintsTheThreeFiguresFromAnyFolder(@TempDir Path elsewhere) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toAbsolutePath().toString(), "bench");
        Process p = new ProcessBuilder(cmd).directory(elsewhere.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines()).anyMatch(l -> l.matches("invalidation ratio: \\d+\\.\\d\\d .*"))
                .anyMatch(l -> l.startsWith("cron import: revalidateTag(tag, 'max') over 5,000 entries took "))
                .anyMatch(l -> l.startsWith("conformance: 98/98 cases pass; loading and running them all took "));
    }

    @Test
    void snapshotRendersTheExplorerWithoutADisplay() throws Exception {
        Path png = Path.of("target", "it", "snapshot-stale-after-save-3.png");
        Files.deleteIfExists(png);
        Result r = java("snapshot", "--scenario", "stale-after-save", "--step", "3", "--out", png.toString(),
                "--width", "1920", "--height", "1080");
        assertThat(r.code()).as(r.err()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1920);
        assertThat(img.getHeight()).isEqualTo(1080);
    }

    @Test
    void snapshotRejectsAnUnknownScenarioOrStep() throws Exception {
        Result unknown = java("snapshot", "--scenario", "no-such-thing", "--step", "1", "--out", "target/it/x.png");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown scenario \"no-such-thing\"; expected one of");
        Result step = java("snapshot", "--scenario", "stale-after-save", "--step", "99", "--out", "target/it/x.png");
        assertThat(step.code()).isEqualTo(2);
        assertThat(step.err()).contains("has 4 steps; expected --step 0 to 4, found 99");
    }

    /** java -jar starts the window in FastStart's JVM: C1, the serial collector and the archive the build made. */
    @Test
    void theWindowStartsInTheTunedJvmWithTheBuildsArchive(@TempDir Path home) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcachelab.home=" + home, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-jar", JAR.toString(), "--startup-probe");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(Path.of("target", "cachelab.jsa")).as("the build's archive").isRegularFile();
        assertThat(out).contains("first-frame-ms=").contains("jvm=relaunched c1 serial app-cds");
    }

    @Test
    void versionAndBadInputFromTheJar(@TempDir Path dir) throws Exception {
        Result v = java("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("Cache Lab 0.1.0");
        Path empty = Files.createFile(dir.resolve("empty.json"));
        Result bad = java("validate", empty.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).endsWith("the file is empty; expected a JSON object").doesNotContain("Exception");
    }
}
