package dev.cachelab.ui.shell;

import javafx.stage.Stage;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/**
 * {@code --startup-probe}: once the window's first frame has been drawn, prints
 * <pre>
 * first-frame-ms=N           JVM start (RuntimeMXBean start time; the first JVM's when java -jar relaunched) to the first frame
 * first-frame-epoch-ms=E     the wall clock at that frame, for a wrapper that timestamps before launching
 * jvm=relaunched c1 serial app-cds    how it ran: relaunched by java -jar or not, its compiler, collector, archive
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

    /** What the start-up ran in, e.g. "relaunched c1 serial cds" (dev.cachelab.FastStart). */
    static String jvmDescription() {
        var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        StringBuilder d = new StringBuilder(System.getProperty("cachelab.relaunched") != null ? "relaunched" : "direct");
        if ("1".equals(hotspot.getVMOption("TieredStopAtLevel").getValue())) d.append(" c1");
        if ("true".equals(hotspot.getVMOption("UseSerialGC").getValue())) d.append(" serial");
        d.append("true".equals(hotspot.getVMOption("UseSharedSpaces").getValue())
                && !hotspot.getVMOption("SharedArchiveFile").getValue().isEmpty() ? " app-cds" : " no-app-cds");
        return d.toString();
    }

    public static void install(Stage stage, PrintStream out) {
        FirstFrame.after(stage, () -> {
            long frame = System.currentTimeMillis();
            // from the user's launch: the first JVM's start when java -jar relaunched (dev.cachelab.FastStart)
            long jvmStart = Long.getLong("cachelab.launchedAtEpochMs", ManagementFactory.getRuntimeMXBean().getStartTime());
            out.println("first-frame-ms=" + (frame - jvmStart));
            out.println("first-frame-epoch-ms=" + frame);
            out.println("jvm=" + jvmDescription());
            out.flush();
            System.exit(0);
        });
    }
}
