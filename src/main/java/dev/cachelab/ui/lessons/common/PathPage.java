package dev.cachelab.ui.lessons.common;

/** What the learning path shows for a stop: an exercise's view model, an explorer-scenario stop, or a broken lesson. */
public interface PathPage {
}
