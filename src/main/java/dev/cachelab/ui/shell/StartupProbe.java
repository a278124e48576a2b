package dev.cachelab.ui.shell;

import javafx.stage.Stage;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/**
 * {@code --startup-probe}: once the window's first frame has been drawn, prints
 * <pre>
 * first-frame-ms=N           JVM start (RuntimeMXBean start time) to the first frame
 * first-frame-epoch-ms=E     the wall clock at that frame, for a wrapper that timestamps before launching
 * </pre>
 * and exits. "First frame" is {@link FirstFrame}'s: the window is shown and its first pulse has been rendered.
 * A benchmark aid, not a timed test.
 */
public final class StartupProbe {

    private static final boolean TRACE = Boolean.getBoolean("cachelab.startupTrace");
    private static final long T0 = System.nanoTime();

    private StartupProbe() {
    }

    /** With -Dcachelab.startupTrace=true, prints how long after this class loaded {@code what} happened. */
    public static void mark(String what) {
        if (TRACE) System.err.printf("startup %6.1f ms  %s%n", (System.nanoTime() - T0) / 1e6, what);
    }

    public static void install(Stage stage, PrintStream out) {
        FirstFrame.after(stage, () -> {
            long frame = System.currentTimeMillis();
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            out.println("first-frame-ms=" + (frame - jvmStart));
            out.println("first-frame-epoch-ms=" + frame);
            out.flush();
            System.exit(0);
        });
    }
}
