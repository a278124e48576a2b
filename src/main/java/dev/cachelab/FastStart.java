package dev.cachelab;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar cachelab.jar} starts the window in a second JVM tuned for start-up, the way the packaged app is:
 * C1 only and the serial collector (on 2 cores, C2's compiler threads and G1's workers compete with the FX thread
 * for the first frame), plus the class-data-sharing archive the build dumps beside the jar ({@code cachelab.jsa},
 * made by running the window headless; a missing, moved or stale archive is ignored by the JVM). A manifest cannot
 * set JVM options, hence the relaunch; it costs one small JVM start and saves far more (README, "Start-up").
 * <p>
 * Not relaunched: the headless commands, the packaged app (its launcher sets these options), a class path that is
 * not one jar (an IDE, the tests), and {@code -Dcachelab.relaunch=false}.
 */
final class FastStart {

    static final String RELAUNCHED = "cachelab.relaunched";
    /** The first JVM's start time, so that the start-up probe measures from the user's launch. */
    static final String LAUNCHED_AT = "cachelab.launchedAtEpochMs";

    private FastStart() {
    }

    /** Relaunches and returns the child's exit status, or -1 to start the window in this JVM. */
    static int relaunch(String[] args) {
        Path jar = ownJar();
        if (jar == null || System.getProperty(RELAUNCHED) != null || "false".equals(System.getProperty("cachelab.relaunch"))
                || System.getProperty("jpackage.app-path") != null) {
            return -1;
        }
        List<String> cmd = command(jar, ManagementFactory.getRuntimeMXBean().getInputArguments(),
                ManagementFactory.getRuntimeMXBean().getStartTime(), args);
        try {
            Process child = new ProcessBuilder(cmd).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
            return child.waitFor();
        } catch (IOException e) {
            return -1; // cannot start a JVM here: run in this one
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** The child's command line: our options first, so that the user's own JVM options still win. */
    static List<String> command(Path jar, List<String> jvmOptions, long launchedAt, String[] args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        Path archive = archiveBeside(jar);
        if (Files.isRegularFile(archive)) {
            cmd.add("-XX:SharedArchiveFile=" + archive);
            cmd.add("-Xshare:auto");
            cmd.add("-Xlog:cds=off");
            cmd.add("-Xlog:cds+dynamic=off");
        }
        cmd.addAll(jvmOptions);
        cmd.add("-D" + RELAUNCHED + "=true");
        cmd.add("-D" + LAUNCHED_AT + "=" + launchedAt);
        cmd.add("-cp");
        cmd.add(jar.toString());
        cmd.add(Launcher.class.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    static Path archiveBeside(Path jar) {
        return jar.resolveSibling("cachelab.jsa");
    }

    /**
     * The jar this JVM runs from, when the class path is exactly that one jar ({@code java -jar}); not a
     * launcher jar whose manifest points elsewhere (surefire's), nor an IDE's folders.
     */
    private static Path ownJar() {
        try {
            var source = FastStart.class.getProtectionDomain().getCodeSource();
            if (source == null) return null;
            Path code = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
            String cp = System.getProperty("java.class.path", "");
            if (!code.toString().endsWith(".jar") || cp.isEmpty() || cp.contains(File.pathSeparator)) return null;
            return Path.of(cp).toAbsolutePath().normalize().equals(code) ? code : null;
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }
}
