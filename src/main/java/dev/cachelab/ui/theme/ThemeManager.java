package dev.cachelab.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Applies the look to every registered scene: an AtlantaFX base theme (Primer Light, or Primer Dark under the dark
 * and high-contrast themes), Cache Lab's token stylesheet with a root pseudo-class per theme, the projector
 * stylesheet in presenter mode, and the zoom: one root font size (and icon size) from which every em size follows.
 *
 * <p>Two sets of choices are kept: the everyday theme and zoom, and the presenter's zoom. While {@link
 * #presentingProperty()} is on, the effective theme is high contrast, the projector sheet is added, and the
 * effective zoom is the presenter zoom; switching it off restores the everyday look untouched.
 */
public final class ThemeManager {

    public static final String TOKENS = "/dev/cachelab/ui/theme/cachelab.css";
    public static final String PROJECTOR = "/dev/cachelab/ui/theme/projector.css";
    /** AtlantaFX's default root font size, in px: zoom 100 %. */
    public static final double BASE_FONT_PX = 14;
    public static final double BASE_ICON_PX = 18;
    public static final List<Integer> ZOOM_PRESETS = List.of(100, 125, 150, 175, 200);
    public static final int MIN_ZOOM = 100;
    public static final int MAX_ZOOM = 200;

    private static ThemeManager active;

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final IntegerProperty zoom = new SimpleIntegerProperty(100);
    private final IntegerProperty presenterZoom = new SimpleIntegerProperty(150);
    private final BooleanProperty presenting = new SimpleBooleanProperty(false);
    private final ObjectBinding<Theme> effectiveTheme;
    private final IntegerBinding effectiveZoom;
    /** Registered scenes; the value says whether the scene follows the presenter's zoom. Weak: closed windows go. */
    private final Map<Scene, Boolean> scenes = new WeakHashMap<>();

    public ThemeManager() {
        effectiveTheme = Bindings.createObjectBinding(() -> presenting.get() ? Theme.HIGH_CONTRAST : theme.get(),
                presenting, theme);
        effectiveZoom = Bindings.createIntegerBinding(() -> presenting.get() ? presenterZoom.get() : zoom.get(),
                presenting, zoom, presenterZoom);
        effectiveTheme.addListener((o, a, b) -> applyAll());
        effectiveZoom.addListener((o, a, b) -> applyAll());
        zoom.addListener((o, a, b) -> applyAll());
        presenting.addListener((o, a, b) -> applyAll());
    }

    /** The instance the running app uses (dialogs created far from the shell style themselves through it). */
    public static ThemeManager active() {
        return active;
    }

    public void makeActive() {
        active = this;
    }

    // ---- properties ----
    public ObjectProperty<Theme> themeProperty() { return theme; }
    public IntegerProperty zoomProperty() { return zoom; }
    public IntegerProperty presenterZoomProperty() { return presenterZoom; }
    public BooleanProperty presentingProperty() { return presenting; }
    public ObjectBinding<Theme> effectiveThemeProperty() { return effectiveTheme; }
    public IntegerBinding effectiveZoomProperty() { return effectiveZoom; }

    public Theme effectiveTheme() { return effectiveTheme.get(); }
    public int effectiveZoom() { return effectiveZoom.get(); }

    /** The root font size in px for a zoom percentage. */
    public static double fontSizePx(int zoomPercent) {
        return Math.round(BASE_FONT_PX * clampZoom(zoomPercent) / 100.0 * 2) / 2.0;
    }

    public static int clampZoom(int percent) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, percent));
    }

    // ---- commands ----
    /** Sets the zoom that is in effect now (the presenter's while presenting), clamped to 100–200 %. */
    public void setEffectiveZoom(int percent) {
        (presenting.get() ? presenterZoom : zoom).set(clampZoom(percent));
    }

    /** The next preset up (or down) from the zoom in effect. */
    public void zoomStep(int direction) {
        int now = effectiveZoom();
        int next = now;
        if (direction > 0) {
            for (int p : ZOOM_PRESETS) if (p > now) { next = p; break; }
        } else {
            for (int i = ZOOM_PRESETS.size() - 1; i >= 0; i--) if (ZOOM_PRESETS.get(i) < now) { next = ZOOM_PRESETS.get(i); break; }
        }
        setEffectiveZoom(next);
    }

    /** Styles {@code scene} now and on every later change. {@code followPresenterZoom} false: keeps the everyday zoom. */
    public void register(Scene scene, boolean followPresenterZoom) {
        scenes.put(scene, followPresenterZoom);
        apply(scene, followPresenterZoom);
        scene.rootProperty().addListener((o, a, b) -> apply(scene, scenes.getOrDefault(scene, true)));
    }

    public void register(Scene scene) {
        register(scene, true);
    }

    /** Styles a dialog: its pane gets the same sheets, pseudo-classes and font size as the main window. */
    public void style(DialogPane pane) {
        if (pane.getScene() != null) {
            register(pane.getScene(), true);
        } else {
            pane.sceneProperty().addListener((o, a, s) -> { if (s != null) register(s, true); });
        }
    }

    /** Styles a dialog through the running app's manager, if there is one. */
    public static void styleIfActive(DialogPane pane) {
        if (active != null) active.style(pane);
    }

    private void applyAll() {
        Theme t = effectiveTheme.get();
        Application.setUserAgentStylesheet(userAgentStylesheet(t));
        for (Map.Entry<Scene, Boolean> e : new ArrayList<>(scenes.entrySet())) apply(e.getKey(), e.getValue());
    }

    /**
     * The AtlantaFX theme under {@code t}: the binary CSS the build makes from it (pom.xml, execution theme-bss;
     * it loads in a few ms where parsing the CSS took about a second of a cold start), or AtlantaFX's own CSS when
     * the binary one is missing (e.g. classes compiled by an IDE).
     */
    static String userAgentStylesheet(Theme t) {
        String bss = t == Theme.LIGHT ? "primer-light.bss" : "primer-dark.bss";
        URL url = ThemeManager.class.getResource(bss);
        if (url != null) return url.toExternalForm();
        return t == Theme.LIGHT ? new PrimerLight().getUserAgentStylesheet() : new PrimerDark().getUserAgentStylesheet();
    }

    /** Applies the global user-agent sheet for the current theme (call once at start). */
    public void applyUserAgent() {
        applyAll();
    }

    private void apply(Scene scene, boolean followPresenterZoom) {
        Theme t = effectiveTheme.get();
        int z = followPresenterZoom ? effectiveZoom.get() : zoom.get();
        List<String> sheets = new ArrayList<>();
        sheets.add(sheet(TOKENS));
        if (presenting.get()) sheets.add(sheet(PROJECTOR));
        if (z != 100) sheets.add(zoomSheet(z));   // 100 %: the theme's own 14 px; no sheet to parse at start-up
        // keep sheets others added (screens' own CSS), replace ours
        List<String> others = new ArrayList<>(scene.getStylesheets());
        others.removeIf(ThemeManager::isOurs);
        others.addAll(0, sheets);
        if (!others.equals(scene.getStylesheets())) scene.getStylesheets().setAll(others);
        Parent root = scene.getRoot();
        if (root != null) {
            for (Theme each : Theme.values()) root.pseudoClassStateChanged(PseudoClass.getPseudoClass(each.key()), each == t);
            root.pseudoClassStateChanged(PseudoClass.getPseudoClass("presenting"), presenting.get());
            if (!root.getStyleClass().contains("cachelab")) root.getStyleClass().add("cachelab");
        }
    }

    private static boolean isOurs(String url) {
        return url.equals(sheet(TOKENS)) || url.equals(sheet(PROJECTOR)) || url.startsWith("data:text/css;charset=utf-8;base64,");
    }

    /** The URL of one of our stylesheets: its binary form when the build made one (faster to load), else the CSS. */
    public static String sheet(String cssPath) {
        URL bss = ThemeManager.class.getResource(cssPath.replaceAll("\\.css$", ".bss"));
        return (bss != null ? bss : ThemeManager.class.getResource(cssPath)).toExternalForm();
    }

    /**
     * The zoom as a tiny stylesheet: the root font size (everything in em follows), the icon size, and the popups
     * AtlantaFX sizes in px (tooltips, the text-field context menu).
     */
    static String zoomSheet(int zoomPercent) {
        double font = fontSizePx(zoomPercent);
        double icon = Math.round(BASE_ICON_PX * clampZoom(zoomPercent) / 100.0);
        String css = ".root { -fx-font-size: " + font + "px; }\n"
                + ".ikonli-font-icon { -fx-icon-size: " + icon + "px; }\n"
                + ".tooltip, .text-input .context-menu { -fx-font-size: " + font + "px; }\n";
        return "data:text/css;charset=utf-8;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
