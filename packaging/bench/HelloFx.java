package bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.lang.management.ManagementFactory;

/**
 * The baseline for Cache Lab's start-up figure: a hello-world JavaFX window (one Label, Modena, the same
 * 1280×800 size), measured exactly as {@code cachelab.jar --startup-probe} measures itself: the second animation
 * pulse after WINDOW_SHOWN, then {@code first-frame-ms} from the JVM start and {@code first-frame-epoch-ms}.
 * Built into target/bench/hello.jar by packaging/bench/startup.sh.
 */
public final class HelloFx {

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello, JavaFX")), 1280, 800));
            stage.setTitle("hello");
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses < 2) return;
                    stop();
                    long frame = System.currentTimeMillis();
                    System.out.println("first-frame-ms=" + (frame - ManagementFactory.getRuntimeMXBean().getStartTime()));
                    System.out.println("first-frame-epoch-ms=" + frame);
                    System.out.flush();
                    System.exit(0);
                }
            }.start());
            stage.show();
        }
    }
}
