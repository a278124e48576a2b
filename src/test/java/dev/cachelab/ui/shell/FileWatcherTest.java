package dev.cachelab.ui.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class FileWatcherTest {

    @TempDir
    Path dir;

    @Test
    void reportsAChangeOnceAndNotBefore() throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{}");
        BlockingQueue<Path> changes = new LinkedBlockingQueue<>();
        try (FileWatcher w = new FileWatcher(20, changes::add)) {
            w.watch(f);
            assertThat(changes.poll(150, TimeUnit.MILLISECONDS)).isNull();
            Files.writeString(f, "{\"changed\": true}");
            Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 5000));
            assertThat(changes.poll(3, TimeUnit.SECONDS)).isEqualTo(f);
            assertThat(changes.poll(150, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void followsAnEditorThatSavesByRenamingANewFileIntoPlace() throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{}");
        BlockingQueue<Path> changes = new LinkedBlockingQueue<>();
        try (FileWatcher w = new FileWatcher(20, changes::add)) {
            w.watch(f);
            Path tmp = dir.resolve("s.json.swp");
            Files.writeString(tmp, "{\"new\": 1}");
            Files.setLastModifiedTime(tmp, FileTime.fromMillis(System.currentTimeMillis() + 5000));
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            assertThat(changes.poll(3, TimeUnit.SECONDS)).isEqualTo(f);
        }
    }

    @Test
    void stopEndsReports() throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{}");
        BlockingQueue<Path> changes = new LinkedBlockingQueue<>();
        try (FileWatcher w = new FileWatcher(20, changes::add)) {
            w.watch(f);
            w.stop();
            Files.writeString(f, "{\"x\": 2}");
            Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 5000));
            assertThat(changes.poll(200, TimeUnit.MILLISECONDS)).isNull();
            assertThat(w.watched()).isNull();
        }
    }
}
