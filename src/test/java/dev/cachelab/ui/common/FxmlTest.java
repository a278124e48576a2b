package dev.cachelab.ui.common;

import dev.cachelab.lesson.BundledLessons;
import dev.cachelab.lesson.Exercise;
import dev.cachelab.lesson.Lesson;
import dev.cachelab.ui.AppWindowTest;
import dev.cachelab.ui.Fx;
import dev.cachelab.ui.lessons.ExerciseKinds;
import dev.cachelab.ui.lessons.common.ExerciseHost;
import dev.cachelab.ui.lessons.common.PathPage;
import dev.cachelab.ui.shell.AboutPane;
import dev.cachelab.ui.shell.ShortcutCard;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every FXML file of the app is an fx:root view that loads through {@link Fxml}: each view is made with sample data
 * (every bundled lesson's page, About, the shortcut sheet's card) on the FX thread, and each FXML file must belong
 * to one of them, extend its root type and have every {@code @FXML} field filled. A broken FXML file fails this
 * test, so it fails the build; a broken or missing file is named in the error.
 */
class FxmlTest extends AppWindowTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern ROOT_TYPE = Pattern.compile("<fx:root\\s[^>]*type=\"([\\w.]+)\"");

    @Override
    protected boolean startsTheApp() {
        return false;
    }

    @Test
    void everyFxmlFileLoadsThroughTheHelperAsTheRootOfItsView() throws Exception {
        Map<Class<?>, Node> views = Fx.call(FxmlTest::everyView);
        List<Path> files = fxmlFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        for (Path file : files) {
            String relative = RESOURCES.relativize(file).toString().replace('\\', '/');
            String className = relative.substring(0, relative.length() - ".fxml".length()).replace('/', '.');
            Class<?> type = Class.forName(className);
            assertThat(views).as(relative + ": a sample view of " + className + " in this test").containsKey(type);
            Matcher root = ROOT_TYPE.matcher(Files.readString(file));
            assertThat(root.find()).as(relative + " is an fx:root view").isTrue();
            assertThat(Class.forName(root.group(1))).as(relative + ": the view extends its root type").isAssignableFrom(type);
            List<Field> fields = fxmlFields(type);
            assertThat(fields).as(relative + ": its view binds some of its nodes").isNotEmpty();
            for (Field f : fields) {
                f.setAccessible(true);
                assertThat(f.get(views.get(type))).as(relative + ": @FXML " + f.getName() + " is filled").isNotNull();
            }
        }
    }

    @Test
    void aBrokenFileFailsNamingTheFileAndLine() throws Exception {
        Throwable thrown = Fx.call(() -> {
            try {
                new BrokenView();
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("/dev/cachelab/ui/common/BrokenView.fxml: "
                + "the FXML view BrokenView does not load: line 8: Property \"colour\" does not exist or is read-only.");
    }

    @Test
    void aMissingFileFailsNamingTheFile() {
        assertThatThrownBy(() -> Fxml.load(new VBox(), "Nowhere.fxml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("/javafx/scene/layout/Nowhere.fxml: no such FXML file beside javafx.scene.layout.VBox");
    }

    /** One view of each class that has an FXML file, made with sample data (the bundled lessons). */
    private static Map<Class<?>, Node> everyView() {
        Map<Class<?>, Node> views = new LinkedHashMap<>();
        for (Lesson lesson : BundledLessons.catalogue().lessons()) {
            Node view = lessonPage(ExerciseKinds.of(lesson.kind()), lesson);
            views.putIfAbsent(view.getClass(), view);
        }
        views.put(AboutPane.class, new AboutPane());
        views.put(ShortcutCard.class, new ShortcutCard(() -> { }));
        return views;
    }

    private static <E extends Exercise, M extends PathPage> Node lessonPage(ExerciseKinds.Kind<E, M> kind, Lesson lesson) {
        M page = kind.viewModel().make(lesson, kind.model().cast(lesson.exercise()), ExerciseHost.NONE, new Random(1));
        return kind.view().apply(page).root();
    }

    private static List<Path> fxmlFiles() throws IOException {
        try (Stream<Path> s = Files.walk(RESOURCES)) {
            return s.filter(p -> p.toString().endsWith(".fxml")).sorted().toList();
        }
    }

    private static List<Field> fxmlFields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (f.isAnnotationPresent(FXML.class)) out.add(f);
        }
        return out;
    }

    /** A view whose FXML (in the test resources) names an unknown property on line 8. */
    static final class BrokenView extends VBox {
        BrokenView() {
            Fxml.load(this);
        }
    }
}
