package dev.cachelab.scenario;

import dev.cachelab.engine.Step;
import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;
import dev.cachelab.json.JRead;

import java.util.List;

/**
 * The limits that keep a case or scenario within what the app runs and shows without freezing or exhausting
 * memory (README, "Limits"). The file's size is limited by the parser
 * ({@link dev.cachelab.json.LocatedJsonParser#MAX_FILE_BYTES}); these limit what the file asks the engine to do.
 */
public final class ScenarioLimits {

    /** Steps in one file: a day of traffic at one request a second is 86,400. */
    public static final int MAX_STEPS = 100_000;
    /** The latest {@code atMs}: 100 years of virtual time, far past any cache lifetime a test would wait out. */
    public static final long MAX_AT_MS = 100L * 365 * 24 * 3600 * 1000;
    /** {@code router.refresh()} calls in one {@code routerRefresh} step. */
    public static final int MAX_REFRESHES = 1_000;
    /** Entries filled by all the {@code traffic} steps of a file together. */
    public static final long MAX_TRAFFIC_ENTRIES = 1_000_000;

    private ScenarioLimits() {
    }

    /** Before the steps are read: their number. */
    static void checkStepCount(JNode stepsNode) throws ContentException {
        int n = JRead.array(stepsNode, "the steps").items().size();
        if (n > MAX_STEPS) {
            throw stepsNode.where().error(String.format("%,d steps; expected at most %,d, the limit for one file", n,
                    MAX_STEPS));
        }
    }

    /** After the steps are read: what each asks of the engine. */
    static void checkSteps(JNode stepsNode, List<Step> steps) throws ContentException {
        List<JNode> items = JRead.array(stepsNode, "the steps").items();
        long traffic = 0;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            JNode.JObject o = (JNode.JObject) items.get(i);
            if (step.atMs() > MAX_AT_MS) {
                throw o.fields().get("atMs").where().error(String.format("atMs %,d is %,d years from the start;"
                        + " expected at most %,d (100 years)", step.atMs(), step.atMs() / (MAX_AT_MS / 100), MAX_AT_MS));
            }
            if (step instanceof Step.RouterRefresh r && r.times() > MAX_REFRESHES) {
                throw o.fields().get("times").where().error(String.format("%,d calls; expected at most %,d in one step",
                        r.times(), MAX_REFRESHES));
            }
            if (step instanceof Step.Traffic t) {
                traffic += (long) t.toId() - t.fromId() + 1;
                if (traffic > MAX_TRAFFIC_ENTRIES) {
                    throw o.fields().get("toId").where().error(String.format("the traffic steps up to this one fill"
                            + " %,d entries; expected at most %,d in one file", traffic, MAX_TRAFFIC_ENTRIES));
                }
            }
        }
    }
}
