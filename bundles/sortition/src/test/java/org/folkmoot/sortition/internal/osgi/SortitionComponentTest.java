package org.folkmoot.sortition.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.folkmoot.api.sortition.BallLottery;
import org.folkmoot.api.sortition.DrawnBall;
import org.folkmoot.api.sortition.DrawnPanel;
import org.folkmoot.api.sortition.PanelLottery;
import org.folkmoot.api.sortition.QuotaRelaxation;
import org.folkmoot.api.sortition.SelectionAlgorithm;
import org.folkmoot.api.sortition.SelectionRequest;
import org.folkmoot.api.sortition.Target;
import org.folkmoot.api.sortition.Volunteer;
import org.folkmoot.api.sortition.WeightedPanel;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** The service as an assemblies module sees it (outside OSGi: the natives load from the class path). */
class SortitionComponentTest {
    private static final List<Target> TARGETS = List.of(new Target("gender", "f", 2, 3, 0, 6), new Target("gender", "m", 2, 3, 0, 6),
            new Target("age", "young", 1, 3, 0, 6), new Target("age", "old", 1, 4, 0, 6));

    private static SortitionComponent component() throws Exception {
        Bundle bundle = (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (p, m, a) -> null);
        BundleContext context = (BundleContext) Proxy.newProxyInstance(BundleContext.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (p, m, a) -> m.getName().equals("getBundle") ? bundle : null);
        return new SortitionComponent(context);
    }

    private static List<Volunteer> pool() {
        List<Volunteer> pool = new ArrayList<>();
        String[][] people = {{"f", "young"}, {"f", "old"}, {"f", "old"}, {"m", "young"}, {"m", "old"}, {"m", "old"},
            {"m", "old"}, {"f", "young"}, {"m", "old"}, {"m", "young"}};
        for (int i = 0; i < people.length; i++) {
            pool.add(new Volunteer("v" + i, Map.of("gender", people[i][0], "age", people[i][1]), i == 3 || i == 4 ? "flat 2" : null));
        }
        return pool;
    }

    @Test
    void selectsDrawsAndReplacesThroughTheApi() throws Exception {
        SortitionComponent service = component();
        SelectionRequest request = new SelectionRequest(TARGETS, pool(), 5, SelectionAlgorithm.LEXIMIN);
        PanelLottery lottery = service.select(request);
        assertEquals(10, lottery.probabilities().size());
        assertEquals(5.0, lottery.probabilities().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-6);
        assertEquals(1.0, lottery.panels().stream().mapToDouble(WeightedPanel::probability).sum(), 1e-6);
        for (WeightedPanel p : lottery.panels()) {
            assertTrue(!(p.memberIds().contains("v3") && p.memberIds().contains("v4")), "household together: " + p);
        }
        DrawnPanel drawn = service.draw(lottery, "public seed");
        assertEquals(drawn, service.draw(lottery, "public seed"));
        assertEquals(5, drawn.memberIds().size());

        List<String> dropouts = List.of(drawn.memberIds().get(0));
        PanelLottery replacements = service.replacements(request, drawn.memberIds(), dropouts);
        Set<String> drawnIds = new HashSet<>(drawn.memberIds());
        for (WeightedPanel p : replacements.panels()) {
            assertEquals(1, p.memberIds().size());
            assertTrue(!drawnIds.contains(p.memberIds().get(0)));
        }
    }

    @Test
    void roundsTheLotteryToBallsAndDrawsOneThroughTheApi() throws Exception {
        SortitionComponent service = component();
        PanelLottery lottery = service.select(new SelectionRequest(TARGETS, pool(), 5, SelectionAlgorithm.LEXIMIN));
        BallLottery balls = service.transparent(lottery, 100);
        assertEquals(100, balls.panelOfBall().size());
        assertEquals(balls, service.transparent(lottery, 100), "the same lottery gives the same balls");
        for (int i = 0; i < lottery.panels().size(); i++) {
            int panel = i;
            long count = balls.panelOfBall().stream().filter(p -> p == panel).count();
            double share = 100 * lottery.panels().get(i).probability();
            assertTrue(count == Math.floor(share) || count == Math.ceil(share), "panel " + i + ": " + count + " balls for " + share);
        }
        double largest = 0;
        for (Map.Entry<String, Double> e : lottery.probabilities().entrySet()) {
            double rounded = balls.probabilities().get(e.getKey());
            assertEquals(0, Math.abs(rounded * 100 - Math.round(rounded * 100)), 1e-9, "whole balls for " + e.getKey());
            largest = Math.max(largest, Math.abs(rounded - e.getValue()));
        }
        assertEquals(largest, balls.maxChange(), 1e-12);

        DrawnBall drawn = service.drawBall(lottery, balls, "public seed");
        assertEquals(drawn, service.drawBall(lottery, balls, "public seed"));
        assertEquals(balls.panelOfBall().get(drawn.ball() - 1), drawn.panelIndex());
        assertEquals(lottery.panels().get(drawn.panelIndex()).memberIds(), drawn.memberIds());
        var e = assertThrows(IllegalArgumentException.class, () -> service.transparent(lottery, 1));
        assertTrue(e.getMessage().contains("from 2 to 100000"), e.getMessage());
        BallLottery foreign = new BallLottery(2, List.of(0, lottery.panels().size()), balls.probabilities(), 0);
        var mismatch = assertThrows(IllegalArgumentException.class, () -> service.drawBall(lottery, foreign, "public seed"));
        assertTrue(mismatch.getMessage().contains("not made from this lottery"), mismatch.getMessage());
    }

    @Test
    void badRequestsFailWithTheMessageForTheOfficer() throws Exception {
        SortitionComponent service = component();
        var e = assertThrows(IllegalArgumentException.class,
                () -> service.select(new SelectionRequest(TARGETS, List.of(), 5, SelectionAlgorithm.MAXIMIN)));
        assertTrue(e.getMessage().contains("pool of respondents is empty"), e.getMessage());
    }

    @Test
    void saysWhichTargetsMoveAndHowFarWhenNoPanelMeetsThem() throws Exception {
        SortitionComponent service = component();
        assertEquals(new QuotaRelaxation(true, List.of()),
                service.relaxation(new SelectionRequest(TARGETS, pool(), 5, SelectionAlgorithm.LEXIMIN)));
        // Four volunteers are young, and five young members are wanted: one place moves from young to old.
        List<Target> tooYoung = List.of(new Target("gender", "f", 2, 3, 0, 6), new Target("gender", "m", 2, 3, 0, 6),
                new Target("age", "young", 5, 5, 3, 6), new Target("age", "old", 0, 0, 0, 6));
        QuotaRelaxation r = service.relaxation(new SelectionRequest(tooYoung, pool(), 5, SelectionAlgorithm.LEXIMIN));
        assertTrue(!r.feasible());
        int moved = r.changes().stream().mapToInt(c -> (c.target().min() - c.min()) + (c.max() - c.target().max())).sum();
        assertEquals(2, moved, r.toString());
        assertTrue(r.changes().stream().anyMatch(c -> c.target().value().equals("young") && c.min() == 4), r.toString());
        // With no flex at all, nothing helps: infeasible and no changes.
        List<Target> rigid = List.of(new Target("gender", "f", 2, 3, 2, 3), new Target("gender", "m", 2, 3, 2, 3),
                new Target("age", "young", 5, 5, 5, 5), new Target("age", "old", 0, 0, 0, 0));
        QuotaRelaxation none = service.relaxation(new SelectionRequest(rigid, pool(), 5, SelectionAlgorithm.LEXIMIN));
        assertTrue(!none.feasible() && none.changes().isEmpty(), none.toString());
    }

    /**
     * The draw's panel index is the row of the lottery as published (distribution.csv's row less one),
     * recomputed here from the published procedure alone: SHA-256 of the seed gives u, and the drawn
     * panel is the first whose running total of published probabilities exceeds u times their sum.
     * Checked for many seeds, and for a lottery whose first panel has probability 0 (a position that
     * a list without it would shift by one).
     */
    @Test
    void theDrawnPanelIsTheOneThePublishedProcedureFinds() throws Exception {
        SortitionComponent service = component();
        PanelLottery selected = service.select(new SelectionRequest(TARGETS, pool(), 5, SelectionAlgorithm.LEXIMIN));
        List<WeightedPanel> withZero = new ArrayList<>();
        withZero.add(new WeightedPanel(List.of("v0", "v1", "v2", "v5", "v9"), 0.0));
        withZero.addAll(selected.panels());
        PanelLottery zeroFirst = new PanelLottery(selected.algorithm(), withZero, selected.probabilities(), selected.minProbability(),
                selected.meanProbability(), selected.gini(), selected.seconds());
        for (PanelLottery lottery : List.of(selected, zeroFirst)) {
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                String seed = "published seed " + i;
                DrawnPanel drawn = service.draw(lottery, seed);
                int expected = publishedRow(lottery, seed);
                assertEquals(expected, drawn.panelIndex(), seed);
                assertEquals(lottery.panels().get(expected).memberIds(), drawn.memberIds(), seed);
                seen.add(drawn.panelIndex());
            }
            assertTrue(!seen.contains(0) || lottery == selected, "a panel of probability 0 is never drawn");
            assertTrue(seen.size() > 1, "different seeds draw different panels");
        }
    }

    /** The published procedure, written from its description (sortition README), not from the code. */
    private static int publishedRow(PanelLottery lottery, String seed) throws Exception {
        byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.math.BigInteger n = new java.math.BigInteger(1, java.util.Arrays.copyOf(h, 8)).shiftRight(11);
        java.math.BigDecimal u = new java.math.BigDecimal(n).divide(java.math.BigDecimal.valueOf(2).pow(53));
        List<java.math.BigDecimal> published = lottery.panels().stream()
                .map(p -> new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.12f", p.probability()))).toList();
        java.math.BigDecimal target = u.multiply(published.stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        java.math.BigDecimal running = java.math.BigDecimal.ZERO;
        for (int i = 0; i < published.size(); i++) {
            running = running.add(published.get(i));
            if (target.compareTo(running) < 0) {
                return i;
            }
        }
        throw new AssertionError("no row found");
    }
}
