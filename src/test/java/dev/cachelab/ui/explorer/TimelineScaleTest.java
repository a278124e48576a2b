package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The timeline's track: an equal share per step, linear time inside each share. */
class TimelineScaleTest {

    @Test
    void everyStepGetsAnEqualShareWhateverItsTime() {
        // the nightly import: seconds apart, then eight hours, then seconds again
        TimelineScale s = TimelineScale.of(List.of(0L, 1_000L, 60_000L, 28_800_000L, 28_801_000L), 28_804_000L);
        assertThat(s.share()).isEqualTo(0.2);
        for (int i = 0; i < 5; i++) assertThat(s.markerAt(i)).isCloseTo(i * 0.2, within(1e-12));
        assertThat(s.trackAt(60_000)).isCloseTo(0.4, within(1e-12));
        assertThat(s.trackAt(28_800_000)).isCloseTo(0.6, within(1e-12));
        assertThat(s.trackAt(28_804_000)).isEqualTo(1.0);
    }

    @Test
    void timeIsLinearInsideEachShareAndTheMappingRoundTrips() {
        TimelineScale s = TimelineScale.of(List.of(0L, 2_000L, 3_600_000L), 3_603_000L);
        // halfway between step 2 (2 s) and step 3 (1 h)
        assertThat(s.timeAt(0.5)).isCloseTo(2_000 + (3_600_000 - 2_000) / 2.0, within(1e-6));
        assertThat(s.trackAt(1_000)).isCloseTo(1 / 6.0, within(1e-12));
        for (double f = 0; f <= 1.0; f += 0.05) assertThat(s.trackAt(s.timeAt(f))).isCloseTo(f, within(1e-9));
        // time grows with the track: scrubbing never runs the clock backwards
        double before = -1;
        for (double f = 0; f <= 1.0; f += 0.01) {
            assertThat(s.timeAt(f)).isGreaterThanOrEqualTo(before);
            before = s.timeAt(f);
        }
    }

    @Test
    void aFirstStepAfterZeroGetsTheTimeBeforeItAsAShare() {
        TimelineScale s = TimelineScale.of(List.of(1_000L, 2_000L), 5_000L);
        assertThat(s.markerAt(0)).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(s.trackAt(0)).isZero();
        assertThat(s.timeAt(1 / 6.0)).isCloseTo(500, within(1e-6));
    }

    @Test
    void stepsAtTheSameTimeHaveTheirOwnMarkersAndTheThumbSitsOnTheLast() {
        TimelineScale s = TimelineScale.of(List.of(0L, 1_000L, 1_000L), 4_000L);
        assertThat(s.markerAt(1)).isLessThan(s.markerAt(2));
        assertThat(s.trackAt(1_000)).isCloseTo(s.markerAt(2), within(1e-12));
        assertThat(s.segmentMsAt(1_000)).isEqualTo(3_000);
    }

    @Test
    void noBuiltInScenarioHasMarkersCloserThanAShareOf1000Pixels() {
        for (Scenario sc : BuiltInScenarios.load().scenarios()) {
            List<Long> times = sc.steps().stream().map(dev.cachelab.engine.Step::atMs).toList();
            TimelineScale s = TimelineScale.of(times, times.get(times.size() - 1) + Playback.TAIL_MS);
            for (int i = 1; i < times.size(); i++) {
                double gapPx = (s.markerAt(i) - s.markerAt(i - 1)) * 1000;
                // 1,000 px of track (1280 px window): room for a two-digit marker between every two steps
                assertThat(gapPx).as(sc.id() + " steps " + i + "–" + (i + 1)).isGreaterThanOrEqualTo(1000.0 / (times.size() + 1));
                assertThat(gapPx).as(sc.id()).isGreaterThan(40);
            }
        }
    }

    /** The binary searches (a scenario may have 100,000 steps) answer as a scan from the end would. */
    @Test
    void theSearchesAgreeWithAScanAtEveryTimeIncludingStepsAtTheSameTime() {
        java.util.Random random = new java.util.Random(12);
        for (int round = 0; round < 50; round++) {
            List<Long> times = new java.util.ArrayList<>();
            long t = random.nextInt(3) * 1_000L;
            for (int i = 0; i < 1 + random.nextInt(40); i++) {
                times.add(t);
                t += random.nextInt(4) * 500L; // some steps at the same time
            }
            TimelineScale s = TimelineScale.of(times, t + 3_000);
            for (long ms = -500; ms <= t + 3_500; ms += 250) {
                long at = ms;
                assertThat(s.stepsUpTo(ms)).isEqualTo((int) times.stream().filter(x -> x <= at).count());
                double scanTrack = 0;
                long scanSegment = -1;
                double[] knots = knots(times, t + 3_000);
                int segments = knots.length - 1;
                for (int j = segments - 1; j >= 0; j--) {
                    if (knots[j] <= ms) {
                        double span = knots[j + 1] - knots[j];
                        scanTrack = (j + (span <= 0 ? 0 : (ms - knots[j]) / span)) / segments;
                        scanSegment = (long) span;
                        break;
                    }
                }
                if (ms <= knots[0]) scanTrack = 0;
                if (ms >= knots[segments]) scanTrack = 1;
                assertThat(s.trackAt(ms)).as("track at %d", ms).isCloseTo(scanTrack, within(1e-12));
                if (scanSegment >= 0) assertThat(s.segmentMsAt(ms)).isEqualTo(scanSegment);
            }
        }
    }

    private static double[] knots(List<Long> times, long end) {
        List<Long> k = new java.util.ArrayList<>();
        if (times.get(0) > 0) k.add(0L);
        k.addAll(times);
        k.add(Math.max(end, k.get(k.size() - 1) + 1));
        return k.stream().mapToDouble(Long::doubleValue).toArray();
    }
}
