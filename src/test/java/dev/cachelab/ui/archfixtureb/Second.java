package dev.cachelab.ui.archfixtureb;

import dev.cachelab.ui.archfixturea.First;

/** With {@link First}, a deliberate cycle between two UI packages for {@code LayerRulesCatchViolationsTest}. */
public final class Second {

    public First back() {
        return new First();
    }
}
