package dev.cachelab.ui.theme;

import dev.cachelab.engine.state.Freshness;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** A state is a pseudo-class: exactly one at a time, and the theme colours the badge by it. */
@ExtendWith(ApplicationExtension.class)
class StateBadgesTest {

    private final ThemeManager theme = new ThemeManager();
    private Label badge;

    @Start
    void start(Stage stage) {
        badge = StateBadges.badge(Freshness.FRESH);
        Scene scene = new Scene(new StackPane(badge), 300, 100);
        theme.register(scene);
        stage.setScene(scene);
        stage.show();
    }

    private Color fill() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            badge.applyCss();
            Background b = badge.getBackground();
            return (Color) b.getFills().get(b.getFills().size() - 1).getFill();
        }).get();
    }

    @Test
    void oneStateAtATimeEachWithItsOwnColourIconAndWord() throws Exception {
        Color fresh = fill();
        WaitForAsyncUtils.asyncFx(() -> StateBadges.update(badge, Freshness.STALE)).get();
        assertThat(badge.getPseudoClassStates()).contains(StateBadges.pseudoClass(Freshness.STALE))
                .doesNotContain(StateBadges.pseudoClass(Freshness.FRESH), StateBadges.pseudoClass(Freshness.EXPIRED));
        assertThat(badge.getText()).isEqualTo(Freshness.STALE.word());
        Color stale = fill();
        WaitForAsyncUtils.asyncFx(() -> StateBadges.update(badge, Freshness.EXPIRED)).get();
        Color expired = fill();
        assertThat(stale).isNotEqualTo(fresh);
        assertThat(expired).isNotEqualTo(stale).isNotEqualTo(fresh);
        assertThat(badge.getStyleClass()).containsExactly("label", "state-badge");
    }
}
