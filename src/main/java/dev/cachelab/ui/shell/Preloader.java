package dev.cachelab.ui.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Start-up aid: while the JavaFX toolkit starts on its own threads, a second thread loads (without initialising)
 * the classes the first frame will need, listed in {@code startup-classes.txt}, so the FX thread finds them
 * ready. Loading a class has no side effects, so a stale list only costs a little; regenerate it with
 * {@code packaging/bench/classlist.sh}. {@code -Dcachelab.preload=false} turns it off (to measure it).
 */
public final class Preloader {

    public static final String LIST = "/dev/cachelab/ui/shell/startup-classes.txt";

    private Preloader() {
    }

    public static void start() {
        if (!Boolean.parseBoolean(System.getProperty("cachelab.preload", "true"))) return;
        Thread t = new Thread(Preloader::run, "cachelab-preload");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        ClassLoader loader = Preloader.class.getClassLoader();
        try (InputStream in = Preloader.class.getResourceAsStream(LIST)) {
            if (in == null) return;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String name;
            while ((name = r.readLine()) != null) {
                if (name.isEmpty() || name.startsWith("#")) continue;
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // the list is a hint: a class that moved or went away is simply skipped
                }
            }
        } catch (IOException | RuntimeException e) {
            // a start-up aid never stops the start
        }
        StartupProbe.mark("preload done");
    }
}
