package dev.cachelab.ui.reference;

/** The conformance cases this build carries (under {@code conformance/} on the class path, as {@code bench} reads them). */
public final class BundledCases {

    public static final String DIR = "conformance/";

    private BundledCases() {
    }

    /** The resource of case {@code name}: {@code conformance/<name>.json}. */
    public static String resource(String name) {
        return DIR + name + ".json";
    }

    public static boolean exists(String name) {
        return name.matches("[a-z0-9][A-Za-z0-9-]*") && BundledCases.class.getClassLoader().getResource(resource(name)) != null;
    }
}
