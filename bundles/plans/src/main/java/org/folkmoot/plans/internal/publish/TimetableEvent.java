package org.folkmoot.plans.internal.publish;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One event in a plan's timeline, as planning.data.gov.uk's {@code plan-timetable} dataset records it.
 *
 * @param reference        a reference unique to this event, such as {@code NP-ASHBY-2026-reg14-consultation-start}
 * @param name             what the event is, in words
 * @param plan             the plan's reference
 * @param planEvent        the kind of event: a {@code plan-event} reference such as
 *                         {@code proposed-plan-consultation-start} or {@code adopted} (see {@link #CONSULTATION_START})
 * @param predictedDate    when it is expected to happen, if planned
 * @param actualDate       when it happened, once it has
 * @param notes            anything a reader should know
 * @param organisation     the organisation publishing the plan, as planning.data.gov.uk names organisations
 *                         ({@code local-authority:ABC})
 * @param documentationUrl the page where the timetable is published
 * @param documentUrl      a document about the event, if any
 * @param entryDate        when this record was written
 */
public record TimetableEvent(String reference, String name, String plan, String planEvent,
        Optional<LocalDate> predictedDate, Optional<LocalDate> actualDate, String notes, String organisation,
        URI documentationUrl, Optional<URI> documentUrl, LocalDate entryDate) {

    /** plan-event: a consultation on the proposed plan opens. */
    public static final String CONSULTATION_START = "proposed-plan-consultation-start";
    /** plan-event: a consultation on the proposed plan closes. */
    public static final String CONSULTATION_END = "proposed-plan-consultation-end";
    /** plan-event: a further consultation opens. */
    public static final String ADDITIONAL_CONSULTATION_START = "additional-consultation-start";
    /** plan-event: a further consultation closes. */
    public static final String ADDITIONAL_CONSULTATION_END = "additional-consultation-end";
    /** plan-event: the plan is submitted for examination (an English neighbourhood plan, reg. 15). */
    public static final String EXAMINATION_SUBMITTED = "examination-submitted";
    /** plan-event: the plan is adopted (made). */
    public static final String ADOPTED = "adopted";
    /** plan-event: the plan is withdrawn. */
    public static final String WITHDRAWN = "withdrawn";

    public TimetableEvent {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(planEvent, "planEvent");
        Objects.requireNonNull(predictedDate, "predictedDate");
        Objects.requireNonNull(actualDate, "actualDate");
        notes = notes == null ? "" : notes;
        organisation = organisation == null ? "" : organisation;
        Objects.requireNonNull(documentationUrl, "documentationUrl");
        Objects.requireNonNull(documentUrl, "documentUrl");
        Objects.requireNonNull(entryDate, "entryDate");
    }
}
