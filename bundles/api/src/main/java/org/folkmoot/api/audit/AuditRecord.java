package org.folkmoot.api.audit;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param id     increasing id
 * @param at     when
 * @param actor  who
 * @param origin from where
 * @param action dotted action name, such as {@code archive.hidden}
 * @param target what it was done to (an id), may be empty
 * @param detail free text (a reason, a count); never personal data
 */
public record AuditRecord(long id, Instant at, String actor, String origin, String action, String target, String detail) {
}
