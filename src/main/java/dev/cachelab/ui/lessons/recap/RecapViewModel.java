package dev.cachelab.ui.lessons.recap;

import dev.cachelab.lesson.Lesson;
import dev.cachelab.lesson.Recap;
import dev.cachelab.ui.lessons.common.ExerciseHost;
import dev.cachelab.ui.lessons.common.PathPage;

/** The recap: read-only points, each optionally linked to its explorer scenario. */
public final class RecapViewModel implements PathPage {

    private final Lesson lesson;
    private final Recap recap;
    private final ExerciseHost host;

    public RecapViewModel(Lesson lesson, Recap recap, ExerciseHost host) {
        this.lesson = lesson;
        this.recap = recap;
        this.host = host;
    }

    public Lesson lesson() { return lesson; }
    public Recap recap() { return recap; }

    public boolean scenarioAvailable(String id) {
        return host.scenarioAvailable(id);
    }

    public void openScenario(String id) {
        if (host.scenarioAvailable(id)) host.openScenario(id);
    }
}
