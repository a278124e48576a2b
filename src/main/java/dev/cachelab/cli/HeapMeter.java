package dev.cachelab.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap figures for the benchmarks: the peak of every heap pool since {@link #reset()} (what the process had to
 * hold, garbage included) and the live heap after a full collection. Uses {@code java.management} only, never
 * {@code com.sun.management}: a runtime without the module (a trimmed jlink image) gets "n/a", not a crash.
 */
public final class HeapMeter {

    private final boolean available;

    public HeapMeter() {
        boolean ok;
        try {
            ManagementFactory.getMemoryPoolMXBeans();
            ok = true;
        } catch (LinkageError | SecurityException e) {
            ok = false;
        }
        this.available = ok;
    }

    /** Collects, then starts a new peak from the live heap. */
    public void reset() {
        if (!available) return;
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        }
    }

    /**
     * The sum of the heap pools' peaks since {@link #reset()}, in bytes, or -1. An upper bound: pools peak at
     * different moments.
     */
    public long peakBytes() {
        if (!available) return -1;
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    /** The heap still in use after a full collection, in bytes, or -1. */
    public long liveBytes() {
        if (!available) return -1;
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    public static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format("%,d MB", bytes >> 20);
    }
}
