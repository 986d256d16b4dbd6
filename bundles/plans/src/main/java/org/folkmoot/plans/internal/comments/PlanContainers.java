package org.folkmoot.plans.internal.comments;

import java.util.List;
import java.util.Optional;

import org.folkmoot.api.archive.Container;
import org.folkmoot.api.container.ContainerDetails;
import org.folkmoot.api.container.ContainerProvider;
import org.folkmoot.api.container.ContainerRef;
import org.folkmoot.api.container.ContainerType;
import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.plan.PlanVersion;
import org.folkmoot.plans.internal.plan.Section;
import org.folkmoot.plans.internal.store.PlanStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What residents comment on in this module: a plan ({@code plan}, id the plan's id, page the plan)
 * and a section of it ({@code plan-section}, id {@code <plan>/<section key>}, parent the plan, page
 * the plan at that section), so search hits, exports and moderation lists lead back to the text.
 */
@Component(service = {ContainerProvider.class, PlanContainers.class})
public class PlanContainers implements ContainerProvider {
    public static final String MODULE = "plans";
    public static final String PLAN = "plan";
    public static final String SECTION = "plan-section";

    private static final List<ContainerType> TYPES = List.of(
            new ContainerType(PLAN, new LocalisedText("Community plan", "Cynllun cymunedol")),
            new ContainerType(SECTION, new LocalisedText("Section of a community plan", "Adran o gynllun cymunedol")));

    private final PlanStore store;

    @Activate
    public PlanContainers(@Reference PlanStore store) {
        this.store = store;
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<ContainerType> types() {
        return TYPES;
    }

    @Override
    public Optional<ContainerDetails> describe(String type, String id) {
        if (PLAN.equals(type)) {
            return store.plans().find(id).map(p -> new ContainerDetails(new ContainerRef(PLAN, p.id()), title(p), null, page(p)));
        }
        if (SECTION.equals(type)) {
            int slash = id.indexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            String key = id.substring(slash + 1);
            return store.plans().find(id.substring(0, slash)).flatMap(p -> section(p, key).map(s -> new ContainerDetails(
                    new ContainerRef(SECTION, id), sectionTitle(p, s), new ContainerRef(PLAN, p.id()), page(p) + "#section-" + key)));
        }
        return Optional.empty();
    }

    public static String page(Plan p) {
        return "/plans/" + p.id();
    }

    public static Container container(Plan p) {
        return new Container(PLAN, p.id(), title(p).en());
    }

    public static Container container(Plan p, Section s) {
        return new Container(SECTION, p.id() + "/" + s.key(), sectionTitle(p, s).en());
    }

    static LocalisedText title(Plan p) {
        return new LocalisedText(p.title().in("en"), p.title().in("cy"));
    }

    static LocalisedText sectionTitle(Plan p, Section s) {
        return new LocalisedText(p.title().in("en") + ": " + s.heading().in("en"), p.title().in("cy") + ": " + s.heading().in("cy"));
    }

    /** The section as it stands in the latest published version that has it. */
    private static Optional<Section> section(Plan p, String key) {
        List<PlanVersion> versions = p.versions();
        for (int i = versions.size() - 1; i >= 0; i--) {
            Optional<Section> s = versions.get(i).section(key);
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }
}
