package dev.cachelab.cli;

import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;
import dev.cachelab.json.JRead;
import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code validate index.json}: the scenario index ({@code "cachelab-scenario-index/1"}) lists file names beside it,
 * in the explorer's order. Every listed file must exist, load as a scenario, and have an id no other listed file
 * has; every other {@code *.json} beside the index must be listed.
 */
final class ScenarioIndexKind implements ContentKind {

    @Override
    public List<String> formats() {
        return List.of(BuiltInScenarios.INDEX_FORMAT);
    }

    @Override
    public List<String> validate(Path file, JNode.JObject root) throws ContentException {
        JRead.onlyKeys(root, "a scenario index", "format", "scenarios", "note");
        JNode listNode = JRead.required(root, "scenarios", "the scenario files, in the explorer's order");
        JNode.JArray list = JRead.array(listNode, "the scenario files, in the explorer's order");
        Path dir = file.toAbsolutePath().getParent();
        String indexName = file.getFileName().toString();
        List<String> problems = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        Map<String, String> ids = new HashMap<>();
        for (JNode item : list.items()) {
            String name = JRead.string(item, "a file name such as \"stale-after-save.json\"");
            if (!name.matches("[^/\\\\]+\\.json") || name.equals(indexName)) {
                problems.add(item.where().error("\"" + name + "\" is not a scenario file name; expected the name of a"
                        + " .json file beside the index, such as \"stale-after-save.json\"").getMessage());
                continue;
            }
            if (!listed.add(name)) {
                problems.add(item.where().error("\"" + name + "\" is listed twice; expected each file once").getMessage());
                continue;
            }
            Path scenarioFile = dir.resolve(name);
            if (!Files.isRegularFile(scenarioFile)) {
                problems.add(item.where().error("no file \"" + name + "\" beside the index; expected an existing"
                        + " scenario file").getMessage());
                continue;
            }
            try {
                Scenario s = ScenarioLoader.load(scenarioFile);
                if (s.isCase()) {
                    problems.add(item.where().error("\"" + name + "\" is a conformance case; expected a scenario file"
                            + " (\"format\": \"" + Scenario.SCENARIO_FORMAT + "\")").getMessage());
                } else if (ids.containsKey(s.id())) {
                    problems.add(item.where().error("\"" + name + "\" has the id \"" + s.id() + "\", already used by \""
                            + ids.get(s.id()) + "\"; expected unique ids").getMessage());
                } else {
                    ids.put(s.id(), name);
                }
            } catch (ContentException e) {
                problems.add(item.where().error("\"" + name + "\" does not load: " + e.getMessage()).getMessage());
            }
        }
        List<String> unlisted = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.equals(indexName) && !listed.contains(n))
                    .sorted()
                    .forEach(unlisted::add);
        } catch (IOException e) {
            problems.add(new ContentException(file.toString(), 0, 0, null, "cannot list the folder " + dir + ": "
                    + e.getMessage()).getMessage());
        }
        for (String n : unlisted) {
            problems.add(listNode.where().error("\"" + n + "\" is not listed; expected every scenario file beside the"
                    + " index in \"scenarios\"").getMessage());
        }
        return problems;
    }
}
