package org.folkmoot.assemblies.internal.implementation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.api.jobs.JobScheduler;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.Wording;
import org.folkmoot.assemblies.internal.recommendations.Deliberation;
import org.folkmoot.assemblies.internal.recommendations.Recommendation;
import org.folkmoot.assemblies.internal.recommendations.Recommendations;
import org.folkmoot.assemblies.internal.response.CouncilResponse;
import org.folkmoot.assemblies.internal.response.ResponseDeadline;
import org.folkmoot.assemblies.internal.response.ResponseStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Tracks what the council does about the recommendations it accepted: actions, dated updates,
 * progress reports on the assembly's schedule, and the roll-up the public tracker shows.
 */
@Component(service = Implementation.class)
public class Implementation {
    private final Recommendations recommendations;
    private final JobScheduler jobs;
    private final ImplementationStore store = new ImplementationStore();
    private final ResponseStore responses = new ResponseStore();

    @Activate
    public Implementation(@Reference Recommendations recommendations, @Reference JobScheduler jobs) {
        this.recommendations = recommendations;
        this.jobs = jobs;
    }

    /** An update as an officer typed it. */
    public record Update(LocalDate onDate, String status, Integer progress, String noteEn, String noteCy) {
    }

    /** A report on the schedule: published, or not yet (and overdue once its day has passed). */
    public record ScheduledReport(LocalDate dueOn, Optional<ProgressReport> published, boolean overdue) {
    }

    /** Everything the tracker shows for one assembly, read in one transaction. */
    public record Tracked(List<Recommendation> recommendations, List<CouncilResponse> responses, List<ImplementationAction> actions,
            List<ScheduledReport> reports, List<Integer> overdue, RollUp rollUp, Optional<LocalDate> responseDate) {

        public Optional<CouncilResponse> response(int number) {
            return responses.stream().filter(r -> r.number() == number).findFirst();
        }

        public List<ImplementationAction> actions(int number) {
            return actions.stream().filter(a -> a.number() == number).toList();
        }

        public Progress progress(int number) {
            return Progress.of(actions(number));
        }
    }

    public Tracked tracked(String id) {
        var a = recommendations.assembly(id);
        LocalDate today = recommendations.today();
        return recommendations.transactions().inTransaction(c -> {
            List<Recommendation> recs = recommendations.store().all(c, id);
            List<CouncilResponse> answered = responses.all(c, id);
            List<ImplementationAction> actions = store.actions(c, id);
            List<Integer> overdue = ResponseDeadline.overdue(a.responseDue(), today, recs, answered);
            Optional<LocalDate> responseDate = ReportSchedule.responseDate(recs, answered);
            Deliberation d = recommendations.store().settings(c, id).orElse(Deliberation.defaults(id, ""));
            List<ScheduledReport> reports = new ArrayList<>();
            if (responseDate.isPresent()) {
                List<ProgressReport> published = store.reports(c, id);
                // every report due so far, and the next one
                LocalDate next = ReportSchedule.after(responseDate.get(), d, today);
                for (LocalDate due : ReportSchedule.due(responseDate.get(), d, 100)) {
                    if (due.isAfter(next)) {
                        break;
                    }
                    Optional<ProgressReport> p = published.stream().filter(r -> r.dueOn().equals(due)).findFirst();
                    reports.add(new ScheduledReport(due, p, p.isEmpty() && due.isBefore(today)));
                }
            }
            return new Tracked(recs, answered, actions, reports, overdue, RollUp.of(recs, answered, actions, overdue.size()),
                    responseDate);
        });
    }

    /** A new action on an accepted recommendation; returns its id. */
    public String addAction(String id, int number, String titleEn, String titleCy, String service) {
        recommendations.assembly(id);
        Map<String, Wording> errors = new LinkedHashMap<>();
        text(errors, "titleEn", titleEn, 500);
        text(errors, "titleCy", titleCy, 500);
        text(errors, "service", service, 300);
        if (!errors.isEmpty()) {
            throw new Refused(errors, 422);
        }
        return recommendations.transactions().inTransaction(c -> {
            recommendations.store().requireOpen(c, id);
            recommendations.store().find(c, id, number)
                    .orElseThrow(() -> new NoSuchElementException("Assembly " + id + " has no recommendation " + number + "."));
            boolean accepted = responses.all(c, id).stream().anyMatch(r -> r.number() == number && r.decision().accepted());
            if (!accepted) {
                throw Refused.of("titleEn", "assemblies.tracker.error.notAccepted", number).withStatus(409);
            }
            return store.add(c, id, number, new LocalisedText(titleEn.strip(), titleCy.strip()), service.strip(),
                    recommendations.assemblies().clock().instant());
        });
    }

    /** A dated update on an action: its status and progress that day. Done means 100%. */
    public ActionUpdate update(String id, String actionId, Update u, String by) {
        recommendations.assembly(id);
        Map<String, Wording> errors = new LinkedHashMap<>();
        ActionStatus status = null;
        try {
            status = ActionStatus.valueOf(u.status() == null ? "" : u.status());
        } catch (IllegalArgumentException e) {
            errors.put("status", Wording.of("assemblies.tracker.error.status"));
        }
        if (u.onDate() == null) {
            errors.put("onDate", Wording.of("assemblies.tracker.error.date"));
        } else if (u.onDate().isAfter(recommendations.today())) {
            errors.put("onDate", Wording.of("assemblies.tracker.error.future"));
        }
        int progress = status == ActionStatus.DONE ? 100 : u.progress() == null ? -1 : u.progress();
        if (progress < 0 || progress > 100) {
            errors.put("progress", Wording.of("assemblies.tracker.error.progress"));
        }
        text(errors, "noteEn", u.noteEn(), 4000);
        text(errors, "noteCy", u.noteCy(), 4000);
        if (!errors.isEmpty()) {
            throw new Refused(errors, 422);
        }
        ActionUpdate update = new ActionUpdate(u.onDate(), status, progress, new LocalisedText(u.noteEn().strip(), u.noteCy().strip()));
        return recommendations.transactions().inTransaction(c -> {
            recommendations.store().requireOpen(c, id);
            ImplementationAction action = store.actions(c, id).stream().filter(a -> a.id().equals(actionId)).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("Assembly " + id + " has no action " + actionId + "."));
            LocalDate responded = responses.all(c, id).stream().filter(r -> r.number() == action.number()).findFirst()
                    .map(CouncilResponse::respondedOn).orElseThrow();
            if (update.onDate().isBefore(responded)) {
                throw Refused.of("onDate", "assemblies.tracker.error.beforeResponse", responded);
            }
            store.update(c, actionId, update, by, recommendations.assemblies().clock().instant());
            return update;
        });
    }

    /** Publishes the progress report due on a day of the schedule. */
    public ProgressReport publishReport(String id, LocalDate dueOn, LocalDate publishedOn, String summaryEn, String summaryCy,
            String by) {
        recommendations.assembly(id);
        Map<String, Wording> errors = new LinkedHashMap<>();
        if (dueOn == null) {
            errors.put("dueOn", Wording.of("assemblies.tracker.error.date"));
        }
        if (publishedOn == null) {
            errors.put("publishedOn", Wording.of("assemblies.tracker.error.date"));
        } else if (publishedOn.isAfter(recommendations.today())) {
            errors.put("publishedOn", Wording.of("assemblies.tracker.error.future"));
        }
        text(errors, "summaryEn", summaryEn, 20_000);
        text(errors, "summaryCy", summaryCy, 20_000);
        if (!errors.isEmpty()) {
            throw new Refused(errors, 422);
        }
        ProgressReport report = new ProgressReport(dueOn, publishedOn, new LocalisedText(summaryEn.strip(), summaryCy.strip()));
        return recommendations.transactions().inTransaction(c -> {
            recommendations.store().requireOpen(c, id);
            Optional<LocalDate> responded = ReportSchedule.responseDate(recommendations.store().all(c, id), responses.all(c, id));
            Deliberation d = recommendations.store().settings(c, id).orElse(Deliberation.defaults(id, by));
            if (responded.isEmpty() || !ReportSchedule.isDue(responded.get(), d, dueOn)) {
                throw Refused.of("dueOn", "assemblies.tracker.error.notDue").withStatus(409);
            }
            if (store.reports(c, id).stream().anyMatch(r -> r.dueOn().equals(dueOn))) {
                throw Refused.of("dueOn", "assemblies.tracker.error.published", dueOn).withStatus(409);
            }
            store.publish(c, id, report, by);
            ReportReminders.plan(c, jobs, id, ReportSchedule.after(responded.get(), d, dueOn), recommendations.assemblies().clock());
            return report;
        });
    }

    private static void text(Map<String, Wording> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, Wording.of("assemblies.tracker.error.required." + field));
        } else if (value.length() > max) {
            errors.put(field, Wording.of("assemblies.recommendations.error.tooLong", max));
        }
    }
}
