package org.folkmoot.api.module;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's identity and entry points, registered as a service by the module bundle itself.
 * The module's version is its bundle's version.
 */
@ConsumerType
public interface ModuleInfo {

    /** The manifest header naming the module a bundle carries. */
    String MODULE_HEADER = "Folkmoot-Module";

    /** Short stable id, the same as in the bundle's {@code Folkmoot-Module} header: {@code assets}. */
    String id();

    /** The module's name for residents and officers, in {@code en} or {@code cy}. */
    String name(String language);

    /** One sentence on what the module does, in {@code en} or {@code cy}. */
    String description(String language);

    /** Path of the module's REST API root, such as {@code /api/assets}. */
    default Optional<String> apiPath() {
        return Optional.empty();
    }

    /** Path of the module's first page, such as {@code /assets}. */
    default Optional<String> pagePath() {
        return Optional.empty();
    }

    /**
     * The module's public pages, as paths with any query they need ({@code /search?q=park}): each is
     * checked in English and Welsh for accessibility and for English on the Welsh page. Pages for
     * officers are listed too; the checks sign in to reach them. By default, the first page alone.
     */
    default List<String> pages() {
        return pagePath().map(List::of).orElse(List.of());
    }
}
