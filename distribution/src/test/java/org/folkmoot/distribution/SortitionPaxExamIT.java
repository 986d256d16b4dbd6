package org.folkmoot.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.folkmoot.api.sortition.BallLottery;
import org.folkmoot.api.sortition.DrawnBall;
import org.folkmoot.api.sortition.DrawnPanel;
import org.folkmoot.api.sortition.PanelLottery;
import org.folkmoot.api.sortition.SelectionAlgorithm;
import org.folkmoot.api.sortition.SelectionRequest;
import org.folkmoot.api.sortition.SortitionService;
import org.folkmoot.api.sortition.Target;
import org.folkmoot.api.sortition.Volunteer;
import org.folkmoot.api.sortition.WeightedPanel;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The sortition bundle as it ships in {@code system/}, in Felix beside the platform bundles: its
 * embedded OR-Tools resolves, unpacks its natives into the bundle's data area and solves a small
 * LEXIMIN selection through {@link SortitionService}, the way an assemblies module would use it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SortitionPaxExamIT {

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() throws IOException {
        return ShippedFramework.withModule("sortition");
    }

    @Test
    public void theSortitionBundleSolvesALeximinSelectionInsideFelix() throws Exception {
        Bundle sortition = Arrays.stream(context.getBundles())
                .filter(b -> "org.folkmoot.sortition".equals(b.getSymbolicName())).findFirst().orElse(null);
        assertNotNull("the sortition bundle is installed", sortition);
        assertEquals("the sortition bundle is active", Bundle.ACTIVE, sortition.getState());

        ServiceTracker<SortitionService, SortitionService> tracker = new ServiceTracker<>(context, SortitionService.class, null);
        tracker.open();
        try {
            SortitionService service = tracker.waitForService(20_000);
            assertNotNull("no SortitionService", service);
            List<Target> targets = List.of(new Target("gender", "f", 2, 3, 2, 3), new Target("gender", "m", 2, 3, 2, 3),
                    new Target("age", "young", 1, 3, 1, 3), new Target("age", "old", 2, 4, 2, 4));
            String[][] people = {{"f", "young"}, {"f", "old"}, {"f", "old"}, {"m", "young"}, {"m", "old"}, {"m", "old"},
                {"m", "old"}, {"f", "young"}, {"m", "old"}, {"m", "young"}, {"f", "old"}, {"m", "young"}};
            List<Volunteer> pool = new ArrayList<>();
            for (int i = 0; i < people.length; i++) {
                // v3 and v4 share an address: never on one panel together.
                pool.add(new Volunteer("v" + i, Map.of("gender", people[i][0], "age", people[i][1]),
                        i == 3 || i == 4 ? "1 Mill Lane" : null));
            }
            PanelLottery lottery = service.select(new SelectionRequest(targets, pool, 5, SelectionAlgorithm.LEXIMIN));

            assertEquals(SelectionAlgorithm.LEXIMIN, lottery.algorithm());
            assertEquals(12, lottery.probabilities().size());
            assertEquals(5.0, lottery.probabilities().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-6);
            assertEquals(1.0, lottery.panels().stream().mapToDouble(WeightedPanel::probability).sum(), 1e-6);
            assertTrue("everyone has a chance: " + lottery.probabilities(), lottery.minProbability() > 0.1);
            for (WeightedPanel panel : lottery.panels()) {
                List<String> ids = panel.memberIds();
                assertEquals(5, ids.size());
                long women = ids.stream().filter(id -> people[Integer.parseInt(id.substring(1))][0].equals("f")).count();
                long young = ids.stream().filter(id -> people[Integer.parseInt(id.substring(1))][1].equals("young")).count();
                assertTrue("gender quota: " + ids, women >= 2 && women <= 3);
                assertTrue("age quota: " + ids, young >= 1 && young <= 3);
                assertFalse("one per household: " + ids, ids.contains("v3") && ids.contains("v4"));
            }
            DrawnPanel drawn = service.draw(lottery, "Citizens Assembly 2026");
            assertEquals(drawn, service.draw(lottery, "Citizens Assembly 2026"));
            assertEquals(5, drawn.memberIds().size());
            // The same lottery as 100 balls for a draw in public (API 1.1).
            BallLottery balls = service.transparent(lottery, 100);
            assertEquals(100, balls.panelOfBall().size());
            DrawnBall ball = service.drawBall(lottery, balls, "Citizens Assembly 2026");
            assertEquals(lottery.panels().get(ball.panelIndex()).memberIds(), ball.memberIds());
            // The natives were unpacked into the bundle's own data area, not found on a class path.
            assertTrue(Files.isDirectory(sortition.getDataFile("ortools-natives").toPath()));
        } finally {
            tracker.close();
        }
    }
}
