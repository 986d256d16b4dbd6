package org.folkmoot.plans.internal.compare;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A warmed-up timing loop for benchmarks: runs the work {@code warmup} times unmeasured, then {@code runs} times, and
 * reports the median, the 95th percentile and the worst, in milliseconds. Any benchmark of this module can use it,
 * such as a plan page with 5,000 comments rendered through {@code RendererFixture}.
 */
public final class Timing {

    private final double[] millis;

    private Timing(double[] millis) {
        this.millis = millis;
        Arrays.sort(this.millis);
    }

    /** Times the work; the result of each run is kept from the optimiser by summing its hash. */
    public static Timing of(int warmup, int runs, Supplier<?> work) {
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += work.get().hashCode();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += work.get().hashCode();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        if (sink == 42) {
            System.out.print("");
        }
        return new Timing(millis);
    }

    public double median() {
        return percentile(50);
    }

    public double p95() {
        return percentile(95);
    }

    public double max() {
        return millis[millis.length - 1];
    }

    /** The nearest-rank percentile. */
    public double percentile(int p) {
        int rank = (int) Math.ceil(p / 100.0 * millis.length);
        return millis[Math.max(0, rank - 1)];
    }

    @Override
    public String toString() {
        return String.format("median %.1f ms, p95 %.1f ms, max %.1f ms (%d runs)", median(), p95(), max(), millis.length);
    }
}
