package org.folkmoot.api.container;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by a module for the container types it owns; the platform's {@link Containers} finds it by
 * {@link #types()}. Implementations read the module's own tables, answer quickly and do not throw for an
 * unknown id (they answer empty).
 */
@ConsumerType
public interface ContainerProvider {

    /** The module id that owns these types, such as {@code assets}. */
    String module();

    /** The container types this provider answers for. A type belongs to one module. */
    List<ContainerType> types();

    /** The container of one of {@link #types()} with this id, or empty if there is none. */
    Optional<ContainerDetails> describe(String type, String id);
}
