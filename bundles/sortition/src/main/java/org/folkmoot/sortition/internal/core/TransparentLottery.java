package org.folkmoot.sortition.internal.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The "transparent" form of a lottery (Flanigan, Kehne and Procaccia, <i>Fair Sortition Made
 * Transparent</i>, NeurIPS 2021): the published lottery is rounded to {@code M} equally likely
 * balls, each carrying one panel (a panel may be on several balls), so that the draw can be done
 * physically by drawing one of {@code M} numbered balls.
 *
 * <p>How: with {@code p_1..p_n} the published probabilities (12 decimal places, as
 * {@link Draw#publishedValue} gives them) and {@code T} their sum, every panel has the target
 * {@code x_P = M p_P / T}; the {@code x_P} add up to {@code M}. <b>Pipage rounding</b> (dependent
 * rounding) turns them into whole numbers {@code n_P}: two entries that are not yet whole are
 * taken, and mass is moved from one to the other (the sum stays the same) until one of them is
 * whole; which way it moves is random, with the probabilities that keep each entry's expected
 * value. So every {@code n_P} is {@code floor(x_P)} or {@code ceil(x_P)}, {@code sum n_P = M},
 * and averaged over the rounding's randomness each person keeps exactly their probability.
 * The arithmetic is exact: the targets are kept as integers in units of {@code 1/T'} (with
 * {@code T'} the sum of the published values times {@code 10^12}).
 *
 * <p>Pairs are taken <b>in published order</b>: the entry left fractional by the last step is
 * paired with the next fractional panel of {@code distribution.csv}. For LEXIMIN and MAXIMIN,
 * neighbouring panels of the published lottery mostly come from the same type-level panel (see
 * {@link Expansion}) and share most of their members, so mass mostly moves between panels that
 * overlap, which keeps each person's total close to its target. Measured on the 500/50 pool
 * (LEXIMIN, 1,054 panels, 20 rounding seeds, M = 1,000): largest change 0.0046 on average in
 * published order, 0.0080 in a random order, 0.0045 when each step instead picks the remaining
 * panel that shares the most members (quadratic in the number of panels, so not used). No bound
 * on the change is claimed here: it is measured and reported ({@link #maxChange()}).
 *
 * <p>The randomness comes from a {@link SplittableRandom} seeded from SHA-256 of a rounding seed
 * string ({@link #DEFAULT_ROUNDING_SEED} unless another is given), so the balls depend only on
 * the published lottery, {@code M} and that string: this program gives the same balls every
 * time (the generator is Java's, so another language would need its algorithm). The balls are
 * published in {@code transparent.csv}, so checking the draw needs only that file and the seed.
 * Balls are numbered in published order: panel 1's balls come first, then panel 2's, and so on.
 *
 * @param m            the number of balls
 * @param counts       {@code n_P} for each panel, indexed like the published lottery
 * @param balls        the 0-based panel index on each ball (ball {@code b} is {@code balls[b-1]})
 * @param probabilities each person's probability in the rounded lottery (their balls / M)
 * @param maxChange    the largest absolute difference between a person's rounded probability and
 *                     their probability in the original lottery
 */
public record TransparentLottery(int m, int[] counts, int[] balls, double[] probabilities, double maxChange) {
    public static final String DEFAULT_ROUNDING_SEED = "folkmoot transparent lottery";
    public static final int MIN_BALLS = 2;
    public static final int MAX_BALLS = 100_000;

    private static final BigDecimal UNIT = BigDecimal.ONE.movePointRight(Draw.SCALE);

    /** Rounds a selection's lottery with the default rounding seed. */
    public static TransparentLottery round(Selection selection, int m) {
        return round(selection.panels(), selection.probabilities(), m, DEFAULT_ROUNDING_SEED);
    }

    /**
     * Rounds the lottery {@code panels} to {@code m} balls.
     *
     * @param original each person's probability in the lottery (what the change is measured
     *                 against; its length is the pool size)
     */
    public static TransparentLottery round(List<Panel> panels, double[] original, int m, String roundingSeed) {
        if (m < MIN_BALLS || m > MAX_BALLS) {
            throw new IllegalArgumentException("the number of balls must be from " + MIN_BALLS + " to " + MAX_BALLS
                    + ", not " + m);
        }
        int n = panels.size();
        if (n == 0) {
            throw new IllegalArgumentException("the lottery has no panel");
        }
        long[] units = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            units[i] = Draw.publishedValue(panels.get(i).probability()).multiply(UNIT).longValueExact();
            total += units[i];
        }
        if (total <= 0) {
            throw new IllegalArgumentException("the lottery's probabilities add up to 0");
        }
        // x_i = m * units[i] / total = whole[i] + frac[i] / total, with 0 <= frac[i] < total.
        // m * units[i] <= 1e5 * ~1e12: no overflow in a long.
        long[] whole = new long[n];
        long[] frac = new long[n];
        for (int i = 0; i < n; i++) {
            long scaled = Math.multiplyExact((long) m, units[i]);
            whole[i] = scaled / total;
            frac[i] = scaled % total;
        }
        pipage(whole, frac, total, random(roundingSeed));
        int[] counts = new int[n];
        int balls = 0;
        for (int i = 0; i < n; i++) {
            counts[i] = Math.toIntExact(whole[i]);
            balls += counts[i];
        }
        if (balls != m) {
            throw new IllegalStateException("pipage rounding gave " + balls + " balls instead of " + m);
        }
        int[] ballPanel = new int[m];
        int b = 0;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < counts[i]; c++) {
                ballPanel[b++] = i;
            }
        }
        long[] personBalls = new long[original.length];
        for (int i = 0; i < n; i++) {
            if (counts[i] > 0) {
                for (int person : panels.get(i).members()) {
                    personBalls[person] += counts[i];
                }
            }
        }
        double[] probabilities = new double[original.length];
        double maxChange = 0;
        for (int person = 0; person < original.length; person++) {
            probabilities[person] = (double) personBalls[person] / m;
            maxChange = Math.max(maxChange, Math.abs(probabilities[person] - original[person]));
        }
        return new TransparentLottery(m, counts, ballPanel, probabilities, maxChange);
    }

    /**
     * Pipage rounding in place: afterwards every {@code frac} is 0 and {@code whole} holds the
     * rounded values. The fractional parts (in units of {@code 1/total}) add up to a multiple of
     * {@code total}, so nothing is left over.
     */
    static void pipage(long[] whole, long[] frac, long total, SplittableRandom random) {
        int current = -1;
        for (int next = 0; next < whole.length; next++) {
            if (frac[next] == 0) {
                continue;
            }
            if (current < 0) {
                current = next;
                continue;
            }
            long a = frac[current];
            long b = frac[next];
            // Up: current gains, next loses; down: the reverse. Each stops when one is whole.
            long up = Math.min(total - a, b);
            long down = Math.min(a, total - b);
            // Up with probability down / (up + down): the expected change of each is 0.
            if (random.nextLong(up + down) < down) {
                a += up;
                b -= up;
            } else {
                a -= down;
                b += down;
            }
            frac[current] = settle(whole, current, a, total);
            frac[next] = settle(whole, next, b, total);
            if (frac[current] == 0) {
                current = frac[next] == 0 ? -1 : next;
            }
        }
        if (current >= 0) {
            throw new IllegalStateException("pipage rounding left a fractional entry; the targets do not add up");
        }
    }

    private static long settle(long[] whole, int i, long f, long total) {
        if (f == total) {
            whole[i]++;
            return 0;
        }
        return f;
    }

    static SplittableRandom random(String roundingSeed) {
        return new SplittableRandom(Draw.seedBits(roundingSeed));
    }

    /** The 1-based ball drawn with the seed: {@code floor(u * m) + 1}, {@code u} as in {@link Draw#uniform}. */
    public int drawnBall(String seed) {
        return drawnBall(seed, m);
    }

    /** The 1-based ball drawn with the seed from {@code m} balls. */
    public static int drawnBall(String seed, int m) {
        return Draw.uniform(seed).multiply(BigDecimal.valueOf(m)).setScale(0, RoundingMode.FLOOR).intValueExact() + 1;
    }

    /** The 0-based index (in the published lottery) of the panel on a 1-based ball. */
    public int panelOnBall(int ball) {
        return balls[ball - 1];
    }
}
