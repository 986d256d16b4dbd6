/**
 * A plan's data in two open formats other systems already read.
 *
 * <ul>
 * <li>{@link org.folkmoot.plans.internal.publish.DecidimResultsCsv}: the plan's actions as a CSV with the columns of
 * Decidim's accountability export (results), in the form Decidim's own results import reads back
 * ({@code id}, {@code parent/id}, {@code title/en}, {@code status/id}, {@code start_date} ...), semicolon-separated
 * as Decidim writes it, so actions move between the two;</li>
 * <li>{@link org.folkmoot.plans.internal.publish.PlanTimetableJson}: the plan's timeline as JSON with the fields of
 * planning.data.gov.uk's {@code plan-timetable} dataset.</li>
 * </ul>
 *
 * Neither carries personal data: actions name organisations, never people.
 */
package org.folkmoot.plans.internal.publish;
