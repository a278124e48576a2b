package dev.cachelab.engine.state;

import java.util.List;

/** One {@code 'use cache'} entry per function + arguments, shared by every page (R3, spec §2.4). */
public final class CacheKey {

    private CacheKey() {
    }

    public static String of(String function, List<String> args) {
        if (args.isEmpty()) return function + "()";
        StringBuilder b = new StringBuilder(function).append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) b.append(", ");
            b.append('"').append(args.get(i)).append('"');
        }
        return b.append(')').toString();
    }
}
