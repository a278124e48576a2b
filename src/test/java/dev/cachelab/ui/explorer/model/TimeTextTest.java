package dev.cachelab.ui.explorer.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Absolute virtual times as people read them. */
class TimeTextTest {

    @Test
    void shortTimesKeepTheirFractionLongOnesReadInUnits() {
        assertThat(TimeText.at(0)).isEqualTo("0 s");
        assertThat(TimeText.at(2_000)).isEqualTo("2 s");
        assertThat(TimeText.at(2_500)).isEqualTo("2.5 s");
        assertThat(TimeText.at(1_871)).isEqualTo("1.871 s");
        assertThat(TimeText.at(65_000)).isEqualTo("1 min 5 s");
        assertThat(TimeText.at(28_800_000)).isEqualTo("8 h 0 min 0 s");
        assertThat(TimeText.at(28_861_000)).isEqualTo("8 h 1 min 1 s");
        assertThat(TimeText.at(28_861_500)).isEqualTo("8 h 1 min 1.5 s");
        assertThat(TimeText.at(2L * 86_400_000 + 3_600_000)).isEqualTo("2 d 1 h 0 min 0 s");
    }

    @Test
    void theHeaderClockHasTenthsUnderAnHourAndWholeSecondsInLongerScenarios() {
        assertThat(TimeText.clock(2_050, 8_000)).isEqualTo("2.0 s");
        assertThat(TimeText.clock(2_100, 8_000)).isEqualTo("2.1 s");
        assertThat(TimeText.clock(0, 8_000)).isEqualTo("0.0 s");
        // minutes (the sandbox after a few fires, cacheLife timing): steps half a second apart stay apart
        assertThat(TimeText.clock(45_900, 128_000)).isEqualTo("45.9 s");
        assertThat(TimeText.clock(61_500, 128_000)).isEqualTo("1 min 1.5 s");
        // hours: whole seconds
        assertThat(TimeText.clock(28_861_400, 28_864_000)).isEqualTo("8 h 1 min 1 s");
        assertThat(TimeText.clock(59_000, 28_864_000)).isEqualTo("59 s");
    }
}
