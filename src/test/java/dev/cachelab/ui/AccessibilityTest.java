package dev.cachelab.ui;

import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.ui.explorer.ExplorerViewModel;
import dev.cachelab.ui.presenter.BlankScreen;
import dev.cachelab.ui.theme.Motion;
import dev.cachelab.ui.presenter.PresenterModel;
import dev.cachelab.ui.presenter.SpeakerNotesWindow;
import dev.cachelab.ui.presenter.Spotlight;
import dev.cachelab.ui.common.KeyCaps;
import dev.cachelab.ui.shell.ShortcutSheet;
import dev.cachelab.ui.theme.ThemeManager;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One table over the custom nodes the shell and presenter add (as GemsFX's AccessibilityTest does for its
 * controls): each exposes the expected accessible role, and the text a screen reader would speak.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibilityTest {

    private static SpeakerNotesWindow notes;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 200));
        stage.show();
        PresenterModel model = new PresenterModel(new ExplorerViewModel(BuiltInScenarios.load().scenarios()));
        notes = new SpeakerNotesWindow(stage, model, new ThemeManager(), e -> { });
        notes.show(stage);
    }

    private static Node notesNode(String id) {
        return notes.stage().getScene().lookup("#" + id);
    }

    static Stream<Arguments> nodes() {
        return Stream.of(
                Arguments.of("spotlight", (Callable<Node>) () -> new Spotlight(() -> 14, Motion.off()), AccessibleRole.NODE, "Spotlight"),
                Arguments.of("blank screen", (Callable<Node>) () -> new BlankScreen(Motion.off()), AccessibleRole.TEXT, "Screen blanked"),
                Arguments.of("shortcut sheet", (Callable<Node>) () -> new ShortcutSheet(Motion.off()).card(), AccessibleRole.DIALOG, "Keyboard shortcuts"),
                Arguments.of("key cap", (Callable<Node>) () -> KeyCaps.keyCap("?"), AccessibleRole.TEXT, "key question mark"),
                Arguments.of("notes: now", (Callable<Node>) () -> notesNode("notesNow"), AccessibleRole.TEXT, null),
                Arguments.of("notes: next step", (Callable<Node>) () -> notesNode("notesNextStep"), AccessibleRole.TEXT, null),
                Arguments.of("notes: timer", (Callable<Node>) () -> notesNode("notesTimer"), AccessibleRole.TEXT, "time since presenter mode started"),
                Arguments.of("notes: next button", (Callable<Node>) () -> notesNode("notesNextButton"), AccessibleRole.BUTTON, "Next"),
                Arguments.of("notes: blank button", (Callable<Node>) () -> notesNode("notesBlank"), AccessibleRole.BUTTON, "Blank screen"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodes")
    void exposesRoleAndText(String name, Callable<Node> factory, AccessibleRole role, String text) throws Exception {
        Object[] got = WaitForAsyncUtils.asyncFx(() -> {
            Node n = factory.call();
            return new Object[]{n.getAccessibleRole(), n.queryAccessibleAttribute(AccessibleAttribute.TEXT, (Object[]) null)};
        }).get();
        assertThat(got[0]).as(name + " role").isEqualTo(role);
        if (text != null) assertThat((String) got[1]).as(name + " text").startsWith(text);
        else assertThat((String) got[1]).as(name + " text").isNotNull();
    }
}
