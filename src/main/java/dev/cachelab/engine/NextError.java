package dev.cachelab.engine;

/** An exception thrown inside the simulated app, carrying the exact message Next.js would throw. */
public final class NextError extends RuntimeException {

    public NextError(String message) {
        super(message, null, false, false);
    }
}
