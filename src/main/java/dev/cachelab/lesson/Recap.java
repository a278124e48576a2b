package dev.cachelab.lesson;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import dev.cachelab.reference.Evidence;

/** The closing summary: one point per rule of thumb, each optionally linked to the scenario that shows it. */
public record Recap(List<Point> points, String closing) implements Exercise {

    public Recap {
        points = List.copyOf(points);
    }

    public record Point(String title, String text, Note note, String scenario, Evidence evidence) {
    }

    @Override
    public ExerciseKind kind() {
        return ExerciseKind.RECAP;
    }

    @Override
    public Set<String> scenarioIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Point p : points) if (p.scenario() != null) ids.add(p.scenario());
        return ids;
    }
}
