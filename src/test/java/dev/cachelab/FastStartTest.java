package dev.cachelab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FastStartTest {

    @Test
    void theChildRunsC1AndSerialGcWithTheArchiveBesideTheJarAndTheUsersOptionsLast(@TempDir Path dir) throws Exception {
        Path jar = Files.createFile(dir.resolve("cachelab.jar"));
        Files.createFile(dir.resolve("cachelab.jsa"));
        List<String> cmd = FastStart.command(jar, List.of("-Xmx2g", "-Dcachelab.home=/x"), 1234L,
                new String[]{"--zoom", "150"});
        assertThat(cmd.get(0)).endsWith(Path.of("bin", "java").toString());
        assertThat(cmd).containsSubsequence("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:SharedArchiveFile=" + dir.resolve("cachelab.jsa"), "-Xmx2g", "-Dcachelab.home=/x",
                "-Dcachelab.relaunched=true", "-Dcachelab.launchedAtEpochMs=1234", "-cp", jar.toString(),
                "dev.cachelab.Launcher", "--zoom", "150");
        assertThat(cmd.subList(cmd.size() - 2, cmd.size())).containsExactly("--zoom", "150");
    }

    @Test
    void withoutAnArchiveTheChildStillRunsTunedButAsksForNoArchive(@TempDir Path dir) throws Exception {
        Path jar = Files.createFile(dir.resolve("cachelab.jar"));
        List<String> cmd = FastStart.command(jar, List.of(), 1L, new String[0]);
        assertThat(cmd).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile")).endsWith("dev.cachelab.Launcher");
    }

    @Test
    void aJvmThatIsNotJavaDashJarIsNotRelaunched() {
        // the test JVM's class path is many entries (surefire), so the window would start in this JVM
        assertThat(FastStart.relaunch(new String[0])).isEqualTo(-1);
    }
}
