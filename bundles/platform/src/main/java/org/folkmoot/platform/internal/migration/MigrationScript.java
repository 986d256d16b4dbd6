package org.folkmoot.platform.internal.migration;

import java.util.function.Supplier;

/**
 * One SQL script of a module, named the Flyway way ({@code V1__create_cases.sql}).
 *
 * @param path     where it lives inside its bundle or folder, for messages
 * @param filename its file name, which carries the version
 * @param text     reads its text (UTF-8)
 */
public record MigrationScript(String path, String filename, Supplier<String> text) {
}
