package dev.cachelab.ui.shell;

import dev.cachelab.ui.common.FirstFrame;
import javafx.stage.Stage;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;

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

    /**
     * What the start-up ran in, e.g. "relaunched c1 serial app-cds" (dev.cachelab.FastStart) or "direct c1 serial
     * aot-cache" (the packaged app on JDK 25, packaging/linux/aot-image.sh), from the JVM's options
     * and {@code java.vm.info} ("sharing" when class data sharing is on); without jdk.management, which the
     * packaged app's trimmed runtime leaves out.
     */
    static String jvmDescription() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        StringBuilder d = new StringBuilder(System.getProperty("cachelab.relaunched") != null ? "relaunched" : "direct");
        if (lastValue(options, "-XX:TieredStopAtLevel=").equals("1")) d.append(" c1");
        if (options.contains("-XX:+UseSerialGC") && !options.contains("-XX:-UseSerialGC")) d.append(" serial");
        boolean sharing = System.getProperty("java.vm.info", "").contains("sharing");
        if (sharing && !lastValue(options, "-XX:AOTCache=").isEmpty()) d.append(" aot-cache"); // JDK 24+ (JEP 483)
        else d.append(sharing && !lastValue(options, "-XX:SharedArchiveFile=").isEmpty() ? " app-cds" : " no-app-cds");
        return d.toString();
    }

    private static String lastValue(List<String> options, String prefix) {
        String v = "";
        for (String o : options) if (o.startsWith(prefix)) v = o.substring(prefix.length());
        return v;
    }

    public static void install(Stage stage, PrintStream out) {
        FirstFrame.after(stage, () -> {
            int status = 0;
            try {
                long frame = System.currentTimeMillis();
                // from the user's launch: the first JVM's start when java -jar relaunched (dev.cachelab.FastStart)
                long jvmStart = Long.getLong("cachelab.launchedAtEpochMs", ManagementFactory.getRuntimeMXBean().getStartTime());
                out.println("first-frame-ms=" + (frame - jvmStart));
                out.println("first-frame-epoch-ms=" + frame);
                out.println("jvm=" + jvmDescription());
            } catch (RuntimeException | LinkageError e) {
                e.printStackTrace();
                status = 1; // a probe that fails says so and exits; it never leaves a window waiting
            }
            out.flush();
            System.exit(status);
        });
    }
}
