package dev.cachelab.ui.common;

import javafx.fxml.FXMLLoader;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way Cache Lab loads FXML: the {@code fx:root} pattern. A view class extends the node type its FXML's
 * {@code <fx:root type="…">} names and is its own controller; the FXML sits beside it in the resources, named after
 * it ({@code RecapView.java} → {@code RecapView.fxml}). The view calls {@link #load(Object)} in its constructor and
 * then binds the loaded nodes to its view model. A file that is missing or does not load is an
 * {@link IllegalStateException} naming the file.
 */
public final class Fxml {

    /** The line at the end of FXMLLoader's "file:line" message. */
    private static final Pattern LINE = Pattern.compile(":(\\d+)$");

    private Fxml() {
    }

    /** Loads the FXML named after {@code rootAndController}'s class into it. */
    public static void load(Object rootAndController) {
        load(rootAndController, rootAndController.getClass().getSimpleName() + ".fxml");
    }

    /** Loads {@code name}, a file beside {@code rootAndController}'s class, into it. */
    public static void load(Object rootAndController, String name) {
        Class<?> type = rootAndController.getClass();
        String path = "/" + type.getPackageName().replace('.', '/') + "/" + name;
        URL url = type.getResource(name);
        if (url == null) {
            throw new IllegalStateException(path + ": no such FXML file beside " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setRoot(rootAndController);
        loader.setController(rootAndController);
        loader.setClassLoader(type.getClassLoader());
        try {
            loader.load();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(path + ": the FXML view " + type.getSimpleName() + " does not load: "
                    + problem(e), e);
        }
    }

    /**
     * "line N: what is wrong", on one line. FXMLLoader's message holds the file and line (and sometimes what is
     * wrong); otherwise its cause says what is wrong ({@code Property "colour" does not exist or is read-only.}).
     */
    private static String problem(Throwable e) {
        String line = null;
        List<String> said = new ArrayList<>();
        for (String l : lines(e.getMessage())) {
            Matcher m = LINE.matcher(l);
            if (line == null && l.contains(".fxml") && m.find()) line = m.group(1);
            else said.add(l);
        }
        Throwable cause = e;
        while (cause.getCause() != null) cause = cause.getCause();
        if (said.isEmpty() && cause != e) said = lines(cause.getMessage());
        String what = said.isEmpty() ? cause.getClass().getSimpleName() : String.join(" ", said);
        return line == null ? what : "line " + line + ": " + what;
    }

    private static List<String> lines(String message) {
        return message == null ? List.of() : message.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
