package org.folkmoot.assemblies.internal.response;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.folkmoot.api.container.LocalisedText;
import org.folkmoot.api.jobs.JobScheduler;
import org.folkmoot.assemblies.internal.Refused;
import org.folkmoot.assemblies.internal.Wording;
import org.folkmoot.assemblies.internal.implementation.ReportReminders;
import org.folkmoot.assemblies.internal.implementation.ReportSchedule;
import org.folkmoot.assemblies.internal.recommendations.Deliberation;
import org.folkmoot.assemblies.internal.recommendations.Recommendation;
import org.folkmoot.assemblies.internal.recommendations.Recommendations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Records the council's response to each recommendation the assembly passed, checked before
 * anything is written. When the last one is in, the first progress report's reminder is planned.
 */
@Component(service = Responses.class)
public class Responses {
    private final Recommendations recommendations;
    private final JobScheduler jobs;
    private final ResponseStore store = new ResponseStore();

    @Activate
    public Responses(@Reference Recommendations recommendations, @Reference JobScheduler jobs) {
        this.recommendations = recommendations;
        this.jobs = jobs;
    }

    /** A response as an officer typed it. */
    public record Answer(String decision, String reasonsEn, String reasonsCy, String service, LocalDate respondedOn) {
    }

    public List<CouncilResponse> responses(String id) {
        recommendations.assembly(id);
        return recommendations.transactions().inTransaction(c -> store.all(c, id));
    }

    /** Recommendations passed and still without a response after the committed date. */
    public List<Integer> overdue(String id) {
        var a = recommendations.assembly(id);
        return ResponseDeadline.overdue(a.responseDue(), recommendations.today(), recommendations.recommendations(id), responses(id));
    }

    public CouncilResponse respond(String id, int number, Answer answer, String by) {
        var a = recommendations.assembly(id);
        CouncilResponse r = checked(number, answer);
        return recommendations.transactions().inTransaction(c -> {
            recommendations.store().requireOpen(c, id);
            List<Recommendation> all = recommendations.store().all(c, id);
            Recommendation rec = all.stream().filter(x -> x.number() == number).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("Assembly " + id + " has no recommendation " + number + "."));
            if (!rec.passed()) {
                throw Refused.of("decision", "assemblies.response.error.notPassed", number).withStatus(409);
            }
            LocalDate voted = rec.vote().orElseThrow().heldOn();
            if (r.respondedOn().isBefore(voted)) {
                throw Refused.of("respondedOn", "assemblies.response.error.beforeVote", voted);
            }
            store.save(c, id, r, by, recommendations.assemblies().clock().instant());
            List<CouncilResponse> responses = store.all(c, id);
            var settings = recommendations.store().settings(c, id).orElse(Deliberation.defaults(id, by));
            ReportSchedule.responseDate(all, responses).ifPresent(day -> ReportReminders.plan(c, jobs, a.id(),
                    ReportSchedule.after(day, settings, day), recommendations.assemblies().clock()));
            return r;
        });
    }

    private CouncilResponse checked(int number, Answer answer) {
        Map<String, Wording> errors = new LinkedHashMap<>();
        Decision decision = null;
        if (answer == null) {
            answer = new Answer(null, null, null, null, null);
        }
        try {
            decision = Decision.valueOf(answer.decision() == null ? "" : answer.decision());
        } catch (IllegalArgumentException e) {
            errors.put("decision", Wording.of("assemblies.response.error.decision"));
        }
        text(errors, "reasonsEn", answer.reasonsEn(), 10_000);
        text(errors, "reasonsCy", answer.reasonsCy(), 10_000);
        text(errors, "service", answer.service(), 300);
        if (answer.respondedOn() == null) {
            errors.put("respondedOn", Wording.of("assemblies.response.error.date"));
        } else if (answer.respondedOn().isAfter(recommendations.today())) {
            errors.put("respondedOn", Wording.of("assemblies.response.error.future"));
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors, 422);
        }
        return new CouncilResponse(number, decision, new LocalisedText(answer.reasonsEn().strip(), answer.reasonsCy().strip()),
                answer.service().strip(), answer.respondedOn());
    }

    private static void text(Map<String, Wording> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, Wording.of("assemblies.response.error." + field));
        } else if (value.length() > max) {
            errors.put(field, Wording.of("assemblies.recommendations.error.tooLong", max));
        }
    }
}
