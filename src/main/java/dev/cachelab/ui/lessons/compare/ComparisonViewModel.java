package dev.cachelab.ui.lessons.compare;

import dev.cachelab.lesson.Comparison;
import dev.cachelab.lesson.Lesson;
import dev.cachelab.ui.lessons.common.PathPage;

/** The comparison table: read-only content. Opening it marks it read (the learning path does that). */
public final class ComparisonViewModel implements PathPage {

    private final Lesson lesson;
    private final Comparison table;

    public ComparisonViewModel(Lesson lesson, Comparison table) {
        this.lesson = lesson;
        this.table = table;
    }

    public Lesson lesson() { return lesson; }
    public Comparison table() { return table; }
}
