package org.folkmoot.sortition.internal.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.folkmoot.api.sortition.BallLottery;
import org.folkmoot.api.sortition.DrawnBall;
import org.folkmoot.api.sortition.DrawnPanel;
import org.folkmoot.api.sortition.PanelLottery;
import org.folkmoot.api.sortition.QuotaRelaxation;
import org.folkmoot.api.sortition.SelectionAlgorithm;
import org.folkmoot.api.sortition.SelectionRequest;
import org.folkmoot.api.sortition.SortitionService;
import org.folkmoot.api.sortition.Target;
import org.folkmoot.api.sortition.TargetChange;
import org.folkmoot.api.sortition.Volunteer;
import org.folkmoot.api.sortition.WeightedPanel;
import org.folkmoot.sortition.internal.core.Algorithm;
import org.folkmoot.sortition.internal.core.Draw;
import org.folkmoot.sortition.internal.core.Panel;
import org.folkmoot.sortition.internal.core.Problem;
import org.folkmoot.sortition.internal.core.Progress;
import org.folkmoot.sortition.internal.core.Quota;
import org.folkmoot.sortition.internal.core.Relaxation;
import org.folkmoot.sortition.internal.core.Replacements;
import org.folkmoot.sortition.internal.core.Respondent;
import org.folkmoot.sortition.internal.core.Selection;
import org.folkmoot.sortition.internal.core.Solvers;
import org.folkmoot.sortition.internal.core.Sortition;
import org.folkmoot.sortition.internal.core.TransparentLottery;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Offers the sortition core as the API service; unpacks OR-Tools' natives into the bundle's data area. */
@Component(service = SortitionService.class)
public class SortitionComponent implements SortitionService {
    private static final String NATIVE_JAR = "lib/ortools-linux-x86-64.jar";
    private static final String NATIVE_DIR = "ortools-linux-x86-64/";

    @Activate
    public SortitionComponent(BundleContext context) throws IOException {
        URL jar = context.getBundle().getEntry(NATIVE_JAR);
        if (jar == null) {
            Solvers.ensureLoaded();
            return;
        }
        Path dir = context.getDataFile("ortools-natives").toPath();
        Files.createDirectories(dir);
        try (InputStream in = jar.openStream(); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (!e.isDirectory() && e.getName().startsWith(NATIVE_DIR)) {
                    Path target = dir.resolve(e.getName().substring(NATIVE_DIR.length()));
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Solvers.loadFrom(dir);
    }

    @Override
    public PanelLottery select(SelectionRequest request) {
        Problem problem = new Problem(quotas(request.targets()), pool(request.pool()), request.panelSize());
        return lottery(Sortition.select(problem, algorithm(request.algorithm()), Progress.NONE));
    }

    @Override
    public DrawnPanel draw(PanelLottery lottery, String seed) {
        List<Panel> panels = new ArrayList<>();
        for (WeightedPanel p : lottery.panels()) {
            panels.add(new Panel(new int[0], p.probability()));
        }
        int index = Draw.panelIndex(panels, seed);
        return new DrawnPanel(seed, index, lottery.panels().get(index).memberIds());
    }

    @Override
    public PanelLottery replacements(SelectionRequest original, List<String> panel, List<String> dropouts) {
        Problem problem = Replacements.problem(quotas(original.targets()), pool(original.pool()), panel, dropouts);
        return lottery(Sortition.select(problem, algorithm(original.algorithm()), Progress.NONE));
    }

    @Override
    public BallLottery transparent(PanelLottery lottery, int balls) {
        List<String> ids = new ArrayList<>(lottery.probabilities().keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        List<Panel> panels = new ArrayList<>();
        for (WeightedPanel p : lottery.panels()) {
            int[] members = new int[p.memberIds().size()];
            for (int i = 0; i < members.length; i++) {
                Integer person = index.get(p.memberIds().get(i));
                if (person == null) {
                    throw new IllegalArgumentException("Panel member '" + p.memberIds().get(i)
                            + "' has no probability in the lottery: pass the lottery as select returned it.");
                }
                members[i] = person;
            }
            panels.add(new Panel(members, p.probability()));
        }
        double[] original = lottery.probabilities().values().stream().mapToDouble(Double::doubleValue).toArray();
        TransparentLottery rounded = TransparentLottery.round(panels, original, balls, TransparentLottery.DEFAULT_ROUNDING_SEED);
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            probabilities.put(ids.get(i), rounded.probabilities()[i]);
        }
        return new BallLottery(rounded.m(), Arrays.stream(rounded.balls()).boxed().toList(), probabilities, rounded.maxChange());
    }

    @Override
    public DrawnBall drawBall(PanelLottery lottery, BallLottery balls, String seed) {
        if (balls.panelOfBall().size() != balls.balls()
                || balls.panelOfBall().stream().anyMatch(p -> p < 0 || p >= lottery.panels().size())) {
            throw new IllegalArgumentException("These balls were not made from this lottery: pass the lottery and"
                    + " what transparent returned for it.");
        }
        int ball = TransparentLottery.drawnBall(seed, balls.balls());
        int panel = balls.panelOfBall().get(ball - 1);
        return new DrawnBall(seed, ball, panel, lottery.panels().get(panel).memberIds());
    }

    @Override
    public QuotaRelaxation relaxation(SelectionRequest request) {
        Problem problem = new Problem(quotas(request.targets()), pool(request.pool()), request.panelSize());
        List<Relaxation.Change> changes = Relaxation.suggest(problem);
        if (changes == null) {
            return new QuotaRelaxation(true, List.of());
        }
        return new QuotaRelaxation(false, changes.stream().map(c -> new TargetChange(new Target(c.quota().category(),
                c.quota().feature(), c.quota().min(), c.quota().max(), c.quota().minFlex(), c.quota().maxFlex()),
                c.newMin(), c.newMax())).toList());
    }

    private static Algorithm algorithm(SelectionAlgorithm a) {
        return Algorithm.valueOf((a == null ? SelectionAlgorithm.LEXIMIN : a).name());
    }

    private static List<Quota> quotas(List<Target> targets) {
        return targets.stream().map(t -> new Quota(t.category(), t.value(), t.min(), t.max(), t.minFlex(), t.maxFlex()))
                .toList();
    }

    private static List<Respondent> pool(List<Volunteer> volunteers) {
        return volunteers.stream().map(v -> new Respondent(v.id(), v.features(), v.household())).toList();
    }

    private static PanelLottery lottery(Selection s) {
        List<WeightedPanel> panels = new ArrayList<>();
        for (Panel p : s.panels()) {
            List<String> ids = new ArrayList<>();
            for (int m : p.members()) {
                ids.add(s.problem().id(m));
            }
            panels.add(new WeightedPanel(ids, p.probability()));
        }
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int i = 0; i < s.probabilities().length; i++) {
            probabilities.put(s.problem().id(i), s.probabilities()[i]);
        }
        return new PanelLottery(SelectionAlgorithm.valueOf(s.algorithm().name()), panels, probabilities,
                s.minProbability(), s.meanProbability(), s.gini(), s.seconds());
    }
}
