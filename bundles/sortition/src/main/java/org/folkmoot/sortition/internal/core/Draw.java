package org.folkmoot.sortition.internal.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The verifiable draw. Anyone with the seed and the published distribution can repeat it:
 * <ol>
 * <li>{@code h} = SHA-256 of the seed's UTF-8 bytes;</li>
 * <li>{@code N} = the first 8 bytes of {@code h} as an unsigned big-endian number, shifted right by
 *     11 bits (53 bits remain); {@code u = N / 2^53}, so {@code 0 <= u < 1};</li>
 * <li>with {@code p_1..p_n} the published probabilities (12 decimal places, in published order)
 *     and {@code S} their sum, the drawn panel is the first {@code i} with
 *     {@code u * S < p_1 + ... + p_i}, in exact decimal arithmetic.</li>
 * </ol>
 */
public final class Draw {
    public static final int SCALE = 12;

    private Draw() {
    }

    /** A probability as it is published (and as the draw reads it). */
    public static BigDecimal publishedValue(double p) {
        return BigDecimal.valueOf(p).setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** The panels with their probabilities rounded as published; panels rounding to 0 are dropped. */
    static List<Panel> published(List<Panel> panels) {
        List<Panel> out = new ArrayList<>();
        for (Panel p : panels) {
            BigDecimal v = publishedValue(p.probability());
            if (v.signum() > 0) {
                out.add(new Panel(p.members(), v.doubleValue()));
            }
        }
        return out;
    }

    /** {@code u} for a seed, exactly. */
    public static BigDecimal uniform(String seed) {
        long top53 = seedBits(seed) >>> 11;
        return new BigDecimal(top53).divide(new BigDecimal(1L << 53));
    }

    /** The first 8 bytes of SHA-256 of the seed's UTF-8 bytes, big-endian. */
    static long seedBits(String seed) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            long n = 0;
            for (int i = 0; i < 8; i++) {
                n = (n << 8) | (h[i] & 0xff);
            }
            return n;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Index of the drawn panel in the published order. */
    public static int panelIndex(List<Panel> panels, String seed) {
        BigDecimal total = BigDecimal.ZERO;
        for (Panel p : panels) {
            total = total.add(publishedValue(p.probability()));
        }
        BigDecimal target = uniform(seed).multiply(total);
        BigDecimal cumulative = BigDecimal.ZERO;
        for (int i = 0; i < panels.size(); i++) {
            cumulative = cumulative.add(publishedValue(panels.get(i).probability()));
            if (target.compareTo(cumulative) < 0) {
                return i;
            }
        }
        return panels.size() - 1;
    }
}
