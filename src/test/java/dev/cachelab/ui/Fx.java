package dev.cachelab.ui;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;

/** Test helper: runs {@code c} on the FX thread, waits for the events it caused, and returns its result. */
public final class Fx {

    private Fx() {
    }

    public static <T> T call(Callable<T> c) throws Exception {
        T t = WaitForAsyncUtils.asyncFx(c).get();
        WaitForAsyncUtils.waitForFxEvents();
        return t;
    }
}
