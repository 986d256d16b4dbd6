package org.folkmoot.plans.internal.report;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.folkmoot.plans.internal.compare.VersionSection;
import org.folkmoot.plans.internal.plan.ActionStatus;
import org.folkmoot.plans.internal.plan.Answer;
import org.folkmoot.plans.internal.plan.Area;
import org.folkmoot.plans.internal.plan.Consultation;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.plan.PlanVersion;
import org.folkmoot.plans.internal.plan.ProgressUpdate;
import org.folkmoot.plans.internal.plan.Section;
import org.folkmoot.plans.internal.plan.SectionKind;
import org.folkmoot.plans.internal.publish.ActionForExport;
import org.folkmoot.plans.internal.publish.BilingualText;
import org.folkmoot.plans.internal.publish.TimetableEvent;

/**
 * A plan's record in the shapes the comparison and the open-data writers read: a version's sections
 * in one language, its actions as Decidim results (theme: the nearest theme, outcome or priority
 * above; status: the latest progress update; comments: those whose answer changed the action), and
 * its timeline as plan-timetable events (each consultation's start and end, adoption).
 */
public final class PlanExports {
    private PlanExports() {
    }

    public static List<VersionSection> sections(PlanVersion v, String language) {
        return v.sections().stream().map(s -> new VersionSection(s.key(), s.heading().in(language),
                "cy".equals(language) ? s.body().cy() : s.body().en())).toList();
    }

    /** The version whose actions are reported: the adopted one, else the latest published. */
    public static Optional<PlanVersion> reported(Plan p) {
        return p.adoption().map(a -> p.version(a.version())).or(p::latestPublished);
    }

    public static List<ActionForExport> actions(Plan p, LocalDate today) {
        PlanVersion v = reported(p).orElse(null);
        if (v == null) {
            return List.of();
        }
        List<ActionForExport> out = new ArrayList<>();
        Map<String, Long> areas = new LinkedHashMap<>();
        ActionForExport.Category theme = null;
        long themes = 0;
        long number = 0;
        for (Section s : v.sections()) {
            if (s.kind() == SectionKind.THEME || s.kind() == SectionKind.OUTCOME || s.kind() == SectionKind.PRIORITY) {
                theme = new ActionForExport.Category(++themes, text(s.heading().en(), s.heading().cy()));
                continue;
            }
            if (s.kind() != SectionKind.ACTION) {
                continue;
            }
            number++;
            Optional<ActionForExport.Category> area = Optional.empty();
            if (s.action() != null && s.action().area() != null && !areaName(s.action().area()).isEmpty()) {
                String name = areaName(s.action().area());
                long id = areas.computeIfAbsent(name, k -> (long) areas.size() + 1);
                area = Optional.of(new ActionForExport.Category(id, text(name, name)));
            }
            Optional<ProgressUpdate> latest = p.progressOf(s.key(), today);
            List<URI> comments = new ArrayList<>();
            for (Answer a : p.answers().values()) {
                if (a.changedThePlan() && s.key().equals(a.changedSection())) {
                    comments.add(URI.create("/plans/" + p.id() + "/versions/" + consulted(p, a) + "#comment-" + a.commentId()));
                }
            }
            out.add(new ActionForExport(number, OptionalLong.empty(), Optional.ofNullable(theme), area,
                    text(s.heading().en(), s.heading().cy()), text(s.body().en(), s.body().cy()),
                    Optional.ofNullable(s.action() == null ? null : s.action().starts()),
                    Optional.ofNullable(s.action() == null ? null : s.action().ends()),
                    latest.map(u -> status(u.status())), latest.filter(u -> u.status() == ActionStatus.COMPLETE).map(u -> 100.0),
                    v.publishedAt() == null ? v.savedAt() : v.publishedAt(),
                    URI.create("/plans/" + p.id() + "/versions/" + v.number() + "#section-" + s.key()), planNumber(p), comments));
        }
        return out;
    }

    /** Decidim numbers its components; a plan's number here is stable and derived from its id. */
    public static long planNumber(Plan p) {
        return p.id().hashCode() & 0x7fffffffL;
    }

    public static List<TimetableEvent> timetable(Plan p, LocalDate today) {
        List<TimetableEvent> out = new ArrayList<>();
        URI page = URI.create("/plans/" + p.id());
        for (Consultation c : p.consultations()) {
            boolean first = c.id() == 1;
            out.add(event(p, c.id() + "-consultation-start", "Consultation " + c.id() + " (" + c.stage() + ") opens",
                    first ? TimetableEvent.CONSULTATION_START : TimetableEvent.ADDITIONAL_CONSULTATION_START, c.opens(), today,
                    c.citation(), page, Optional.empty()));
            out.add(event(p, c.id() + "-consultation-end", "Consultation " + c.id() + " (" + c.stage() + ") closes",
                    first ? TimetableEvent.CONSULTATION_END : TimetableEvent.ADDITIONAL_CONSULTATION_END, c.closes(), today,
                    c.citation(), page, Optional.of(URI.create("/plans/" + p.id() + "/consultations/" + c.id() + "/statement"))));
        }
        p.adoption().ifPresent(a -> out.add(event(p, "adopted", "Adopted: version " + a.version(), TimetableEvent.ADOPTED, a.on(), today,
                a.decision(), page, Optional.of(URI.create("/plans/" + p.id() + "/versions/" + a.version())))));
        return out;
    }

    private static TimetableEvent event(Plan p, String suffix, String name, String kind, LocalDate on, LocalDate today, String notes,
                                        URI page, Optional<URI> document) {
        boolean happened = !on.isAfter(today);
        return new TimetableEvent(p.id() + "-" + suffix, name, p.id(), kind, happened ? Optional.empty() : Optional.of(on),
                happened ? Optional.of(on) : Optional.empty(), notes, "", page, document, today);
    }

    private static int consulted(Plan p, Answer a) {
        return p.consultations().stream().filter(c -> c.version() < a.inVersion()).mapToInt(Consultation::version).max().orElse(1);
    }

    private static ActionForExport.Status status(ActionStatus s) {
        return switch (s) {
            case NOT_STARTED -> new ActionForExport.Status(1, "not_started", text("Not started", "Heb ddechrau"));
            case ON_TRACK -> new ActionForExport.Status(2, "in_progress", text("On track", "Ar y trywydd iawn"));
            case DELAYED -> new ActionForExport.Status(3, "delayed", text("Delayed", "Wedi'i oedi"));
            case COMPLETE -> new ActionForExport.Status(4, "completed", text("Complete", "Wedi'i gwblhau"));
            case DROPPED -> new ActionForExport.Status(5, "dropped", text("Dropped", "Wedi'i ollwng"));
        };
    }

    private static String areaName(Area a) {
        return !a.name().isEmpty() ? a.name() : String.join(", ", a.codes());
    }

    private static BilingualText text(String en, String cy) {
        return BilingualText.of(en, cy);
    }
}
