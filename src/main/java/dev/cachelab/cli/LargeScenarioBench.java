package dev.cachelab.cli;

import dev.cachelab.engine.Simulation;
import dev.cachelab.engine.Step;
import dev.cachelab.engine.StepResult;
import dev.cachelab.json.ContentException;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioGenerator;
import dev.cachelab.scenario.ScenarioLoader;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code bench}'s large scenarios: for each size, a file of that many narrated page reads
 * ({@link ScenarioGenerator}) is loaded and validated, run through the engine, and traced to a sink, with the peak
 * heap of each. The file is written to the temp folder and deleted afterwards.
 */
final class LargeScenarioBench {

    private final PrintStream out;
    private final HeapMeter heap = new HeapMeter();

    LargeScenarioBench(PrintStream out) {
        this.out = out;
    }

    void run(int steps) throws IOException, ContentException {
        Path file = Files.createTempFile("cachelab-bench-", ".json");
        try {
            ScenarioGenerator.write(steps, file);
            long size = Files.size(file);

            heap.reset();
            long t0 = System.nanoTime();
            Scenario scenario = ScenarioLoader.load(file);
            long load = System.nanoTime() - t0;
            long loadPeak = heap.peakBytes();
            long scenarioLive = heap.liveBytes();

            heap.reset();
            long t1 = System.nanoTime();
            Simulation sim = new Simulation(scenario.app());
            int events = 0;
            for (Step step : scenario.steps()) {
                StepResult r = sim.run(step);
                events += r.events().size();
            }
            long engine = System.nanoTime() - t1;
            long enginePeak = heap.peakBytes();
            long engineLive = heap.liveBytes();
            Reference.reachabilityFence(sim);
            Reference.reachabilityFence(scenario);

            heap.reset();
            long t2 = System.nanoTime();
            int code = TraceCommand.trace(file, new PrintStream(OutputStream.nullOutputStream()), out);
            long trace = System.nanoTime() - t2;
            long tracePeak = heap.peakBytes();
            if (code != 0) throw new IllegalStateException("trace failed on " + file);

            out.printf("large scenario, %,d steps (%,d KB): load and validate %,.0f ms (peak heap %s, the scenario"
                            + " then holds %s); engine %,.0f ms (%,d events, peak heap %s, scenario and simulation then hold %s); trace %,.0f ms (peak heap %s)%n",
                    steps, size >> 10, load / 1e6, HeapMeter.mb(loadPeak), HeapMeter.mb(scenarioLive),
                    engine / 1e6, events, HeapMeter.mb(enginePeak), HeapMeter.mb(engineLive), trace / 1e6, HeapMeter.mb(tracePeak));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
