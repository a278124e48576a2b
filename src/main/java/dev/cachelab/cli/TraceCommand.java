package dev.cachelab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cachelab.engine.StepResult;
import dev.cachelab.json.ContentException;
import dev.cachelab.scenario.Conformance;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioLoader;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code trace FILE}: runs a case or scenario and prints what each step showed and its events, as JSON. */
final class TraceCommand {

    private TraceCommand() {
    }

    static int run(Path file, PrintStream out, PrintStream err) {
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(file);
        } catch (ContentException e) {
            err.println(e.getMessage());
            return 2;
        }
        List<StepResult> results = Conformance.run(scenario);
        List<Object> observed = new ArrayList<>();
        for (StepResult r : results) observed.add(TraceJson.observation(r));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", scenario.id());
        root.put("observed", observed);
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return 0;
    }
}
