package dev.cachelab.ui.shell;

import dev.cachelab.ui.common.Screen;
import dev.cachelab.ui.common.WindowFrame;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The main window: menus, a navigation rail with one button per {@link Screen}, and the current screen, inside a
 * stack whose upper layers hold overlays (shortcut sheet, presenter's blank screen and spotlight). Presenter mode
 * hides the chrome (menus and rail) with {@link #setChromeVisible}; their accelerators keep working.
 */
public final class MainWindow implements WindowFrame {

    private final BorderPane root = new BorderPane();
    private final StackPane sceneRoot = new StackPane();
    private final StackPane content = new StackPane();
    private final VBox rail = new VBox();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private final Map<String, Node> views = new LinkedHashMap<>();
    private final MenuBar menuBar = new MenuBar();
    private final Menu fileMenu = new Menu("_File");
    private final Menu viewMenu = new Menu("_View");
    private final Menu helpMenu = new Menu("_Help");
    private final VBox notices = new VBox();
    private Screen current;

    public MainWindow(Stage stage, List<Screen> screenList) {
        root.getStyleClass().add("main-window");
        rail.getStyleClass().add("nav-rail");
        rail.setId("navRail");
        content.setId("screenHost");
        for (Screen s : screenList) addScreen(s);
        // the selected button is the screen shown, whatever selected it: a click, Space, or the arrow keys (which
        // move the selection through a toggle group); a click on the selected button does not unselect it
        navGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                if (was != null) was.setSelected(true);
                return;
            }
            String id = ((Node) now).getId().substring("nav-".length());
            if (current == null || !current.id().equals(id)) show(id);
        });

        MenuItem quit = new MenuItem("_Quit");
        quit.setId("menuQuit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        fileMenu.getItems().add(quit);
        menuBar.getMenus().addAll(fileMenu, viewMenu, helpMenu);
        menuBar.setId("menuBar");

        notices.setId("windowNotices");
        notices.getStyleClass().add("window-notices");
        root.setTop(new VBox(menuBar, notices));
        root.setLeft(rail);
        root.setCenter(content);
        // the frame never forces the window larger than it is (a 200 % zoom on a small screen clips at the
        // bottom and right, it doesn't push the menu bar off the top)
        root.setMinSize(0, 0);
        content.setMinSize(0, 0);
        content.setAlignment(Pos.TOP_LEFT);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(content.widthProperty());
        clip.heightProperty().bind(content.heightProperty());
        content.setClip(clip);
        StackPane.setAlignment(root, Pos.TOP_LEFT);
        // a large zoom in a small window: the rail shows its icons only (names in tooltips), the screen gets the room
        root.widthProperty().addListener(o -> fitRail());
        rail.getChildren().forEach(n -> ((ToggleButton) n).fontProperty().addListener(o -> fitRail()));
        sceneRoot.getChildren().add(root);
        sceneRoot.setId("sceneRoot");
        if (!screenList.isEmpty()) show(screenList.get(0).id());
    }

    /** Narrower than 60em: the rail's buttons show their icons only. */
    private void fitRail() {
        if (rail.getChildren().isEmpty() || root.getWidth() <= 0) return;
        double em = ((ToggleButton) rail.getChildren().get(0)).getFont().getSize();
        boolean compact = root.getWidth() < 60 * em;
        if (compact == rail.getStyleClass().contains("nav-rail-compact")) return;
        if (compact) rail.getStyleClass().add("nav-rail-compact");
        else rail.getStyleClass().remove("nav-rail-compact");
        for (Node n : rail.getChildren()) {
            ((ToggleButton) n).setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY
                    : ContentDisplay.LEFT);
        }
    }

    /** Shows or hides the menu bar, the notices and the navigation rail (presenter mode hides them). */
    @Override
    public void setChromeVisible(boolean visible) {
        for (Node n : List.of(menuBar, rail, notices)) {
            n.setVisible(visible);
            n.setManaged(visible);
        }
    }

    @Override
    public boolean isChromeVisible() {
        return menuBar.isVisible();
    }

    /**
     * Shows a notice bar under the menus, above every screen (e.g. "your saved progress could not be used"), with
     * an optional action ({@code actionText} and {@code action}, may be null) and an OK button. Both close it;
     * {@code onClose} (may be null) runs when OK closes it. A notice with the same {@code id} replaces the old one.
     */
    public void showNotice(String id, String text, String actionText, Runnable action, Runnable onClose) {
        closeNotice(id);
        Label label = new Label(text, new FontIcon("mdi2a-alert-circle"));
        label.setId(id + "Text");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(label, Priority.ALWAYS);
        HBox bar = new HBox(label);
        bar.setId(id);
        bar.getStyleClass().add("window-notice");
        Runnable close = () -> {
            notices.getChildren().remove(bar);
            if (onClose != null) onClose.run();
        };
        if (actionText != null && action != null) {
            Button act = new Button(actionText);
            act.setId(id + "Action");
            act.setMinWidth(Region.USE_PREF_SIZE);
            act.setOnAction(e -> {
                notices.getChildren().remove(bar);
                action.run();
            });
            bar.getChildren().add(act);
        }
        Button ok = new Button("OK");
        ok.setId(id + "Dismiss");
        ok.setMinWidth(Region.USE_PREF_SIZE);
        ok.setOnAction(e -> close.run());
        bar.getChildren().add(ok);
        notices.getChildren().add(bar);
    }

    /** Closes the notice {@code id} without running its close action; false when none is shown. */
    public boolean closeNotice(String id) {
        return notices.getChildren().removeIf(n -> id.equals(n.getId()));
    }

    /**
     * Puts {@code footer} in a strip under the screen, across the window, taking room only while it is visible (the
     * presenter's "F5 to leave" hint): unlike an overlay it never covers a control.
     */
    @Override
    public void setFooter(Node footer) {
        footer.managedProperty().bind(footer.visibleProperty());
        if (footer instanceof Region r) r.setMaxWidth(Double.MAX_VALUE);
        root.setBottom(footer);
    }

    /** Adds a node above the window's content (it stays there; show or hide it through its own visibility). */
    @Override
    public void addOverlay(Node overlay) {
        sceneRoot.getChildren().add(overlay);
    }

    private void addScreen(Screen s) {
        screens.put(s.id(), s);
        ToggleButton b = new ToggleButton(s.title(), new FontIcon(s.icon()));
        b.setId("nav-" + s.id());
        b.setToggleGroup(navGroup);
        b.getStyleClass().add("nav-button");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setTooltip(new Tooltip(s.title()));
        b.setAccessibleText(s.title());
        b.setOnAction(e -> show(s.id()));
        rail.getChildren().add(b);
    }

    /** Shows the screen with {@code id}, building its view the first time. */
    public void show(String id) {
        Screen s = screens.get(id);
        if (s == null) throw new IllegalArgumentException("no screen " + id);
        Node view = views.computeIfAbsent(id, k -> s.view());
        content.getChildren().setAll(view);
        current = s;
        navGroup.getToggles().stream().filter(t -> ((Node) t).getId().equals("nav-" + id)).findFirst()
                .ifPresent(t -> t.setSelected(true));
        s.onShow();
    }

    public Screen current() { return current; }
    /** The framed content (menus, rail, screen). */
    public BorderPane root() { return root; }
    /** What the scene shows: {@link #root()} with the overlay layers above it. */
    public StackPane sceneRoot() { return sceneRoot; }
    public MenuBar menuBar() { return menuBar; }
    public Menu fileMenu() { return fileMenu; }
    public Menu viewMenu() { return viewMenu; }
    public Menu helpMenu() { return helpMenu; }

    public static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-3");
        return l;
    }
}
