package org.folkmoot.api.container;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of container a module owns, such as {@code asset-transfer} (an asset transfer case) or
 * {@code asset}.
 *
 * @param type the type as contributions carry it: lower-case letters, digits, '.', '_' or '-'
 * @param name what to call one, in English and Welsh ("Asset transfer case", "Achos trosglwyddo ased")
 */
public record ContainerType(String type, LocalisedText name) {

    private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    public ContainerType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("container type '" + type
                    + "' must be lower-case letters, digits, '.', '_' or '-' (at most 100)");
        }
    }
}
