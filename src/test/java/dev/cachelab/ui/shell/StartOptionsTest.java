package dev.cachelab.ui.shell;

import dev.cachelab.ui.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartOptionsTest {

    @TempDir
    Path dir;

    @Test
    void parsesEveryOption() throws Exception {
        Path f = Files.writeString(dir.resolve("mine.json"), "{}");
        StartOptions o = StartOptions.parse(List.of("--startup-probe", "--presenter", "--theme=high-contrast", "--zoom", "175", "--fresh", f.toString()));
        assertThat(o.startupProbe()).isTrue();
        assertThat(o.presenter()).isTrue();
        assertThat(o.theme()).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(o.zoom()).isEqualTo(175);
        assertThat(o.open()).isEqualTo(f.toAbsolutePath());
        assertThat(o.fresh()).isTrue();
        assertThat(StartOptions.parse(List.of())).isEqualTo(StartOptions.DEFAULT);
    }

    @Test
    void rejectsMistakesWithOneLine() {
        assertThatThrownBy(() -> StartOptions.parse(List.of("--theme", "sepia"))).hasMessageContaining("expected light, dark or high-contrast");
        assertThatThrownBy(() -> StartOptions.parse(List.of("--zoom=300"))).hasMessageContaining("expected 100 to 200");
        assertThatThrownBy(() -> StartOptions.parse(List.of("--zoom"))).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> StartOptions.parse(List.of("--frobnicate"))).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> StartOptions.parse(List.of("tarce"))).hasMessageContaining("unknown command \"tarce\"");
        assertThatThrownBy(() -> StartOptions.parse(List.of("missing.json"))).hasMessageContaining("no such file");
    }
}
