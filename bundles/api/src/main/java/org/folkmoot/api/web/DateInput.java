package org.folkmoot.api.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one way a date that comes from outside (a query parameter, a form field, a JSON body, an
 * imported line) is read. {@code java.time} accepts years up to a billion ({@code +999999999-12-31}),
 * which then overflow the first day added, the database or the index: a council's dates lie
 * between {@link #EARLIEST} and {@link #LATEST}, and anything else is the sender's mistake, refused
 * with an {@link IllegalArgumentException} whose message names the field and says what to send.
 * The web bundle reads every {@code LocalDate}, {@code Instant} and {@code OffsetDateTime} in a
 * JSON body through here, and answers such a refusal with 400.
 */
public interface DateInput {

    /** The earliest date accepted (registers and archives reach back a century, no further). */
    LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** The latest date accepted (leases and deadlines reach forward, not for ever). */
    LocalDate LATEST = LocalDate.of(2200, 12, 31);

    /** Longer text than this is not a date; it is not echoed whole in the message either. */
    int MAX_LENGTH = 40;

    /**
     * A calendar date written {@code YYYY-MM-DD}, strictly ({@code 2024-02-30} is refused), within
     * {@link #EARLIEST} and {@link #LATEST}.
     *
     * @param name the field or parameter, as the sender wrote it, for the message
     * @throws IllegalArgumentException saying what to send instead
     */
    static LocalDate date(String name, String text) {
        String t = text == null ? "" : text.strip();
        LocalDate d;
        try {
            if (t.length() > MAX_LENGTH) {
                throw new DateTimeException("too long");
            }
            d = LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(name + " must be a date written as YYYY-MM-DD, such as 2024-01-31, not "
                    + quote(text) + ".");
        }
        return within(name, d);
    }

    /**
     * A moment written in ISO 8601 with its offset ({@code 2024-01-31T09:30:00Z}), or a date alone
     * (midnight UTC), within {@link #EARLIEST} and {@link #LATEST}.
     *
     * @throws IllegalArgumentException saying what to send instead
     */
    static Instant instant(String name, String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() <= MAX_LENGTH && t.indexOf('T') < 0 && t.indexOf('t') < 0) {
            return date(name, t).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        OffsetDateTime at;
        try {
            if (t.length() > MAX_LENGTH) {
                throw new DateTimeException("too long");
            }
            at = OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(name + " must be an ISO 8601 date-time with its offset, such as "
                    + "2024-01-31T09:30:00Z, or a date such as 2024-01-31, not " + quote(text) + ".");
        }
        within(name, at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        return at.toInstant();
    }

    /** The date itself when it lies within the bounds. */
    static LocalDate within(String name, LocalDate d) {
        if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
            throw new IllegalArgumentException(name + " must be between " + EARLIEST + " and " + LATEST + ", not " + d + ".");
        }
        return d;
    }

    /** The value for a message: short, control characters shown as {@code ?}. */
    private static String quote(String text) {
        if (text == null) {
            return "nothing";
        }
        String s = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
        return "\"" + s.replaceAll("\\p{Cntrl}", "?") + "\"";
    }
}
