package dev.cachelab.lesson;

import java.util.List;
import dev.cachelab.reference.Evidence;

/** A reference table: one column per tool, one row per aspect; rows may carry a 16.4.6 note with its source. */
public record Comparison(List<String> columns, List<Row> rows, List<Note> notes) implements Exercise {

    public Comparison {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    public record Row(String aspect, List<String> cells, Note note, Evidence evidence) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    @Override
    public ExerciseKind kind() {
        return ExerciseKind.COMPARISON;
    }
}
