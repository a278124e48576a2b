package dev.cachelab.ui.common;

import javafx.fxml.FXMLLoader;

import java.io.IOException;
import java.net.URL;

/**
 * The one way Cache Lab loads FXML: the {@code fx:root} pattern. A view class extends the node type its FXML's
 * {@code <fx:root type="…">} names and is its own controller; the FXML sits beside it in the resources, named after
 * it ({@code RecapView.java} → {@code RecapView.fxml}). The view calls {@link #load(Object)} in its constructor and
 * then binds the loaded nodes to its view model. A file that is missing or does not load is an
 * {@link IllegalStateException} naming the file.
 */
public final class Fxml {

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
                    + oneLine(e), e);
        }
    }

    /** The first line of the cause's message (FXMLLoader puts the file and line there), or its type. */
    private static String oneLine(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl) + " " + m.substring(nl + 1).strip().lines().findFirst().orElse("");
    }
}
