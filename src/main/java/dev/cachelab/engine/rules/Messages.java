package dev.cachelab.engine.rules;

/** The exact error and warning texts of Next.js 16.4.6 (spec §2.1, §3.1, §4.2–4.4, §5, §6.2; R4, R8, R29, R30, R32). */
public final class Messages {

    private Messages() {
    }

    /** R8, spec §3.1. */
    public static final String UPDATE_TAG_OUTSIDE_ACTION =
            "updateTag can only be called from within a Server Action. To invalidate cache tags in Route Handlers or"
                    + " other contexts, use revalidateTag instead. See more info here:"
                    + " https://nextjs.org/docs/app/api-reference/functions/updateTag";

    /** R8, spec §4.3: printed on every one-argument call. */
    public static final String REVALIDATE_TAG_SINGLE_ARG =
            "\"revalidateTag\" without the second argument is now deprecated, add second argument of \"max\" or use"
                    + " \"updateTag\". See more info here: https://nextjs.org/docs/messages/revalidate-tag-single-arg";

    /** R29, spec §6.2. */
    public static final String REFRESH_OUTSIDE_ACTION =
            "refresh can only be called from within a Server Action. See more info here:"
                    + " https://nextjs.org/docs/app/api-reference/functions/refresh";

    private static final String LEARN_MORE = "Learn more: https://nextjs.org/docs/messages/revalidate-in-use-cache";

    /** Spec §3.1, §4.4 item 8: {@code next/cache} in a browser bundle exports stubs that throw this. */
    public static String notInClient(String function) {
        return "`" + function + "` is only available in a Server Component.";
    }

    /** R30, spec §4.4 step 4: an invalidation call during render. {@code expr} shows the first argument only. */
    public static String duringRender(String route, String expr) {
        return "Route \"" + route + "\": `" + expr + "` can't be called during render. Call it from a Server Action"
                + " or Route Handler instead.\n" + LEARN_MORE;
    }

    /** R30, spec §4.4 step 2: an invalidation call inside a {@code 'use cache'} body. */
    public static String insideCache(String route, String expr) {
        return "Route \"" + route + "\": `" + expr + "` can't be called inside a cached function. Call it from a"
                + " Server Action or Route Handler instead.\n" + LEARN_MORE;
    }

    /** R32, spec §4.2: printed when the pending revalidations run. */
    public static String invalidProfile(String profile) {
        return "Invalid profile provided \"" + profile + "\" must be configured under cacheLife in next.config or be"
                + " \"max\"";
    }

    /** R8, spec §5.2. */
    public static String dynamicPathWithoutType(String path) {
        return "Warning: a dynamic page path \"" + path + "\" was passed to \"revalidatePath\", but the \"type\""
                + " parameter is missing. This has no effect by default, see more info here"
                + " https://nextjs.org/docs/app/api-reference/functions/revalidatePath";
    }

    /** R8, spec §5.1. */
    public static String pathTooLong(String path) {
        return "Warning: revalidatePath received \"" + path + "\" which exceeded max length of 1024. See more info"
                + " here https://nextjs.org/docs/app/api-reference/functions/revalidatePath";
    }

    /** R4, spec §2.1: the header line, printed with a trailing space. */
    public static final String INVALID_TAGS_HEADER = "Warning: invalid tags passed to `cacheTag()`: ";

    public static String tagTooLong(String tag) {
        return "tag: \"" + tag + "\" exceeded max length of 256";
    }

    /** R4, spec §2.1. */
    public static String tooManyTags(String droppedList) {
        return "Warning: exceeded max tag count for `cacheTag()`, dropped tags: " + droppedList;
    }

    /** R30: the expression in the messages shows the function name and its first argument only. */
    public static String firstArgExpression(String function, String firstArg) {
        return function + "(" + (firstArg == null ? "" : "\"" + firstArg + "\"") + ")";
    }

    /**
     * R32, spec §4.2: an error that nobody awaits (a rejected {@code waitUntil} promise) is printed by Node's
     * {@code unhandledRejection} handler: that word, then the error as {@link #errorLines} prints it.
     */
    public static String[] unhandledRejectionLines(String message) {
        String[] lines = errorLines(message);
        lines[0] = "unhandledRejection: " + lines[0];
        return lines;
    }

    /** R26: an error is printed as "Error: " plus its first line, then each further line as it is. */
    public static String[] errorLines(String message) {
        String[] lines = message.split("\n", -1);
        lines[0] = "Error: " + lines[0];
        return lines;
    }
}
