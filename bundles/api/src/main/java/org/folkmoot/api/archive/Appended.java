package org.folkmoot.api.archive;

/**
 * The result of an append.
 *
 * @param contribution the stored contribution
 * @param created      false when its external id was already in the archive and nothing changed
 */
public record Appended(Contribution contribution, boolean created) {
}
