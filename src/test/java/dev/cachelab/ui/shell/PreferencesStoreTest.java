package dev.cachelab.ui.shell;

import dev.cachelab.ui.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesStoreTest {

    @TempDir
    Path dir;

    @Test
    void savesAndRestoresEverySetting() {
        PreferencesStore store = new PreferencesStore(dir);
        UserPreferences p = new UserPreferences();
        p.themeProperty().set(Theme.DARK);
        p.zoomProperty().set(175);
        p.presenterZoomProperty().set(200);
        p.speedProperty().set(2.0);
        p.motionProperty().set(0);
        p.lastScenarioProperty().set("/home/me/my-scenario.json");
        p.addRecent(Path.of("/home/me/a.json"));
        p.addRecent(Path.of("/home/me/b.json"));
        assertThat(store.save(p)).isTrue();

        UserPreferences back = new PreferencesStore(dir).load();
        assertThat(back.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(back.zoomProperty().get()).isEqualTo(175);
        assertThat(back.presenterZoomProperty().get()).isEqualTo(200);
        assertThat(back.speedProperty().get()).isEqualTo(2.0);
        assertThat(back.motionProperty().get()).isEqualTo(0.0);
        assertThat(back.lastScenarioProperty().get()).isEqualTo("/home/me/my-scenario.json");
        assertThat(back.recentFiles()).containsExactly("/home/me/b.json", "/home/me/a.json");
    }

    @Test
    void writesAtomicallyAndLeavesNoTempFile() throws Exception {
        PreferencesStore store = new PreferencesStore(dir);
        UserPreferences p = new UserPreferences();
        store.save(p);
        p.zoomProperty().set(150);
        store.save(p);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("preferences.json");
        }
        assertThat(Files.readString(store.file())).contains("\"zoom\" : 150");
    }

    @Test
    void missingFileGivesDefaults() {
        UserPreferences p = new PreferencesStore(dir.resolve("nowhere")).load();
        assertThat(p.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(p.zoomProperty().get()).isEqualTo(100);
        assertThat(p.motionProperty().get()).isEqualTo(1.0);
        assertThat(p.recentFiles()).isEmpty();
    }

    @Test
    void corruptFileIsSetAsideAndDefaultsAreUsed() throws Exception {
        Path file = dir.resolve(PreferencesStore.FILE_NAME);
        Files.writeString(file, "{ \"theme\": \"dark\", \"zoom\": 15");   // cut off mid-write
        UserPreferences p = new PreferencesStore(dir).load();
        assertThat(p.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(p.zoomProperty().get()).isEqualTo(100);
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("preferences.json.corrupt")).hasContent("{ \"theme\": \"dark\", \"zoom\": 15");
    }

    @Test
    void binaryGarbageIsCorruptToo() throws Exception {
        Files.write(dir.resolve(PreferencesStore.FILE_NAME), new byte[]{0, (byte) 0xFF, 0x13, 0x37});
        UserPreferences p = new PreferencesStore(dir).load();
        assertThat(p.themeProperty().get()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void wrongValuesKeepTheirDefaultsOrAreClamped() throws Exception {
        Files.writeString(dir.resolve(PreferencesStore.FILE_NAME), """
                { "theme": "sepia", "zoom": 900, "presenterZoom": "big", "speed": 0.01, "motion": -3,
                  "lastScenario": 42, "recentFiles": ["/a.json", 7, "/a.json", "/b.json"] }
                """);
        UserPreferences p = new PreferencesStore(dir).load();
        assertThat(p.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(p.zoomProperty().get()).isEqualTo(200);
        assertThat(p.presenterZoomProperty().get()).isEqualTo(150);
        assertThat(p.speedProperty().get()).isEqualTo(0.25);
        assertThat(p.motionProperty().get()).isEqualTo(0.0);
        assertThat(p.lastScenarioProperty().get()).isEmpty();
        assertThat(p.recentFiles()).containsExactly("/a.json", "/b.json");
    }

    @Test
    void recentFilesAreMostRecentFirstWithoutDuplicatesAndCapped() {
        UserPreferences p = new UserPreferences();
        for (int i = 0; i < 14; i++) p.addRecent(Path.of("/f" + i + ".json"));
        p.addRecent(Path.of("/f5.json"));
        assertThat(p.recentFiles()).hasSize(UserPreferences.MAX_RECENT);
        assertThat(p.recentFiles().get(0)).isEqualTo("/f5.json");
        assertThat(p.recentFiles()).doesNotHaveDuplicates();
        assertThat(p.recentFiles()).doesNotContain("/f0.json");
    }

    @Test
    void autosaveWritesOnEveryChangeButNotWhenReadOnly() throws Exception {
        PreferencesStore store = new PreferencesStore(dir);
        UserPreferences p = store.load();
        store.autosave(p);
        p.themeProperty().set(Theme.HIGH_CONTRAST);
        assertThat(new PreferencesStore(dir).load().themeProperty().get()).isEqualTo(Theme.HIGH_CONTRAST);

        store.setReadOnly(true);
        p.themeProperty().set(Theme.DARK);
        assertThat(new PreferencesStore(dir).load().themeProperty().get()).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(List.of(Theme.values())).hasSize(3);
    }
}
