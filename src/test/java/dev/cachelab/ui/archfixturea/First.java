package dev.cachelab.ui.archfixturea;

import dev.cachelab.ui.archfixtureb.Second;

/** With {@link Second}, a deliberate cycle between two UI packages for {@code LayerRulesCatchViolationsTest}. */
public final class First {

    public Second next() {
        return new Second();
    }
}
