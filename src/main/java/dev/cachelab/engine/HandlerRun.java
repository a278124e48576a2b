package dev.cachelab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What one Route Handler or Server Action body did: its pending invalidations (R7), whether a call makes the
 * action client-refreshing ({@code x-action-revalidated: 1}, R21), whether it called {@code refresh()} (R29),
 * and the error that escaped it.
 */
final class HandlerRun {

    final List<PendingRevalidation> pending = new ArrayList<>();
    boolean clientRefreshing;
    boolean refreshCalled;
    NextError escaped;
}
