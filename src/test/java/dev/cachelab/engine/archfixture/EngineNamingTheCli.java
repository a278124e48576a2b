package dev.cachelab.engine.archfixture;

import dev.cachelab.cli.Cli;

/** A deliberate layering violation for {@code LayerRulesCatchViolationsTest}: the engine naming the CLI. */
public final class EngineNamingTheCli {

    private EngineNamingTheCli() {
    }

    public static String version() {
        return Cli.version();
    }
}
