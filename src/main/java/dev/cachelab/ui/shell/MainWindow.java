package dev.cachelab.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The main window: menus, a navigation rail with one button per {@link Screen}, and the current screen. */
public final class MainWindow {

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final VBox rail = new VBox();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private final Map<String, Node> views = new LinkedHashMap<>();
    private final MenuBar menuBar = new MenuBar();
    private final Menu fileMenu = new Menu("_File");
    private final Menu viewMenu = new Menu("_View");
    private final Menu helpMenu = new Menu("_Help");
    private Screen current;

    public MainWindow(Stage stage, List<Screen> screenList) {
        root.getStyleClass().add("main-window");
        rail.getStyleClass().add("nav-rail");
        rail.setId("navRail");
        content.setId("screenHost");
        for (Screen s : screenList) addScreen(s);

        MenuItem quit = new MenuItem("_Quit");
        quit.setId("menuQuit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        fileMenu.getItems().add(quit);
        menuBar.getMenus().addAll(fileMenu, viewMenu, helpMenu);
        menuBar.setId("menuBar");

        root.setTop(menuBar);
        root.setLeft(rail);
        root.setCenter(content);
        if (!screenList.isEmpty()) show(screenList.get(0).id());
    }

    private void addScreen(Screen s) {
        screens.put(s.id(), s);
        ToggleButton b = new ToggleButton(s.title(), new FontIcon(s.icon()));
        b.setId("nav-" + s.id());
        b.setToggleGroup(navGroup);
        b.getStyleClass().add("nav-button");
        b.setMaxWidth(Double.MAX_VALUE);
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
    public BorderPane root() { return root; }
    public Menu fileMenu() { return fileMenu; }
    public Menu viewMenu() { return viewMenu; }
    public Menu helpMenu() { return helpMenu; }

    public static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-3");
        return l;
    }
}
