package dev.cachelab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged window, started headless with {@code --startup-probe} and with {@code --fresh --startup-probe} over
 * a user folder holding settings and a damaged progress file: it draws its first frame and exits, and the folder
 * is exactly as it was — nothing moved aside, no progress saved, no log file written.
 */
class LeaveNoTraceIT {

    private static final Path JAR = Path.of("target", "cachelab.jar");

    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                String key = dir.relativize(p).toString();
                out.put(key, Files.isDirectory(p) ? "<dir>" : Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static String window(Path home, String... options) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcachelab.home=" + home, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-jar", JAR.toString()));
        cmd.addAll(List.of(options));
        Path out = Files.createTempFile("cachelab-probe", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the probe exits").isTrue();
            String text = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(text).isZero();
            return text;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    @Test
    void theProbeAndAFreshStartReadAndWriteNothingOfTheUsers(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("preferences.json"), "{\"theme\": \"dark\", \"zoom\": 150}\n");
        Files.writeString(home.resolve("progress.json"), "{\"format\": \"cachelab-progress/1\", \"items\": ");
        Map<String, String> before = snapshot(home);

        assertThat(window(home, "--startup-probe")).contains("first-frame-ms=");
        assertThat(snapshot(home)).as("after --startup-probe").isEqualTo(before);

        assertThat(window(home, "--fresh", "--startup-probe")).contains("first-frame-ms=");
        assertThat(snapshot(home)).as("after --fresh --startup-probe").isEqualTo(before);
    }
}
