package org.folkmoot.web.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

/**
 * Dates as people read them, "15 May 2027" and "15 Mai 2027", never ISO: the GOV.UK style (day
 * without a leading zero, the month in words, the year in full). The month names are written out
 * here rather than taken from the JDK's locale data, whose Welsh forms have changed between releases.
 */
final class Dates {

    /** Moments (an {@code Instant}, a time with an offset) are dated where the councils are. */
    static final ZoneId UK = ZoneId.of("Europe/London");

    private static final List<String> ENGLISH = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final List<String> WELSH = List.of("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
            "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr");

    private Dates() {
    }

    static String inWords(LocalDate date, String language) {
        List<String> months = "cy".equals(language) ? WELSH : ENGLISH;
        return date.getDayOfMonth() + " " + months.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    /** The calendar date of what a template or a module holds: a date, a moment, or an ISO text of either. */
    static LocalDate dateOf(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        if (value instanceof Instant i) {
            return i.atZone(UK).toLocalDate();
        }
        if (value instanceof OffsetDateTime t) {
            return t.atZoneSameInstant(UK).toLocalDate();
        }
        if (value instanceof ZonedDateTime t) {
            return t.withZoneSameInstant(UK).toLocalDate();
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(UK).toLocalDate();
        }
        String text = String.valueOf(value).strip();
        try {
            return text.length() == 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).atZoneSameInstant(UK).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text).atZone(UK).toLocalDate();
            } catch (DateTimeParseException notAnInstant) {
                throw new IllegalArgumentException("'" + text + "' is not a date (YYYY-MM-DD) or an ISO date and time");
            }
        }
    }

    /** {@code date(d)} in a template: {@code d} in words in the page's language; nothing for a missing or empty value. */
    static final class InWords implements TemplateMethodModelEx {

        private final String language;

        InWords(String language) {
            this.language = language;
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            if (arguments.size() != 1) {
                throw new TemplateModelException("date needs one date");
            }
            Object value = DeepUnwrap.unwrap((TemplateModel) arguments.get(0));
            if (value == null || String.valueOf(value).isBlank()) {
                return "";
            }
            try {
                return inWords(dateOf(value), language);
            } catch (IllegalArgumentException e) {
                throw new TemplateModelException(e.getMessage(), e);
            }
        }
    }
}
