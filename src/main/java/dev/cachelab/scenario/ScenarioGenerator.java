package dev.cachelab.scenario;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes large scenario files for the benchmarks ({@code bench}, and the explorer's own figures): the bundled
 * invoices app, one page read per second by a visitor, every step with a narration, as an author generating "a day
 * of traffic" would. The text is written as it is made, so a 100,000-step file (≈13 MB) never sits in memory.
 */
public final class ScenarioGenerator {

    /** The pages read in turn; {@code %d} becomes an invoice id, so request-time entries accumulate. */
    private static final String[] PAGES = {"/invoices", "/invoices/42", "/dashboard", "/live/invoices",
            "/live/invoices/%d"};
    private static final int INVOICE_IDS = 500;

    private ScenarioGenerator() {
    }

    /** Writes a scenario of {@code steps} page reads to {@code file} (UTF-8). */
    public static void write(int steps, Path file) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            write(steps, w);
        }
    }

    public static void write(int steps, Writer w) throws IOException {
        if (steps < 1) throw new IllegalArgumentException("at least one step");
        w.write("{\n  \"format\": \"" + Scenario.SCENARIO_FORMAT + "\",\n");
        w.write("  \"id\": \"generated-" + steps + "\",\n");
        w.write("  \"title\": \"" + String.format("%,d", steps) + " page reads\",\n");
        w.write("  \"summary\": \"Generated for the benchmarks: a visitor reads a page of the invoices app every second.\",\n");
        w.write("  \"app\": \"invoices\",\n  \"steps\": [\n");
        for (int i = 0; i < steps; i++) {
            String url = url(i);
            w.write("    { \"atMs\": " + i * 1000L + ", \"do\": \"get\", \"url\": \"" + url + "\",\n");
            w.write("      \"narration\": \"Read " + (i + 1) + " of " + steps + ": a visitor opens " + url
                    + ", and the page shows what the cache holds.\" }");
            w.write(i + 1 < steps ? ",\n" : "\n");
        }
        w.write("  ]\n}\n");
    }

    static String url(int step) {
        String page = PAGES[step % PAGES.length];
        return page.contains("%d") ? String.format(page, step / PAGES.length % INVOICE_IDS) : page;
    }
}
