package org.folkmoot.api.sortition;

/**
 * A target moved to make some panel possible: {@code target} as it was, and the {@code min} and
 * {@code max} it needs.
 *
 * @since 1.2
 */
public record TargetChange(Target target, int min, int max) {
}
