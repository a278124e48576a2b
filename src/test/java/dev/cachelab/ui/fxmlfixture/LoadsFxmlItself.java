package dev.cachelab.ui.fxmlfixture;

import javafx.fxml.FXMLLoader;

import java.io.IOException;

/** A deliberate violation for {@code OneFxmlLoaderTest}: a screen that loads FXML without {@code ui.common.Fxml}. */
public final class LoadsFxmlItself {

    public Object load() throws IOException {
        return new FXMLLoader(LoadsFxmlItself.class.getResource("LoadsFxmlItself.fxml")).load();
    }
}
