package org.folkmoot.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.folkmoot.launcher.Main.LauncherException;
import org.folkmoot.launcher.Main.UsageException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code bin/folkmoot import FILE}: sends a JSON Lines file of contributions to the running
 * runtime's {@code POST /api/archive/import}, showing how much has been sent, then what was
 * imported, skipped and refused line by line. Importing the same file again imports nothing twice.
 */
final class ImportCommand {

    private static final int SHOWN_ERRORS = 20;

    private ImportCommand() {
    }

    static int run(List<String> args, Map<String, String> env, PrintStream out) {
        Path file = null;
        String url = "http://127.0.0.1:" + env.getOrDefault("FOLKMOOT_PORT", "8080");
        String token = env.getOrDefault("FOLKMOOT_TOKEN", env.get("FOLKMOOT_ADMIN_TOKEN"));
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--url" -> url = value(args, ++i);
                case "--token" -> token = value(args, ++i);
                default -> {
                    if (file != null || args.get(i).startsWith("--")) {
                        throw new UsageException("Unexpected '" + args.get(i) + "'. Usage: bin/folkmoot import FILE [--url URL] [--token TOKEN]");
                    }
                    file = Path.of(args.get(i));
                }
            }
        }
        if (file == null) {
            throw new UsageException("Name the JSON Lines file to import.");
        }
        if (!Files.isReadable(file)) {
            throw new LauncherException("Cannot read " + file + ".");
        }
        if (token == null || token.isBlank()) {
            throw new LauncherException("Importing needs an officer's or admin's API token: pass --token, or set FOLKMOOT_TOKEN"
                    + " (or FOLKMOOT_ADMIN_TOKEN, which the runtime also accepts).");
        }
        return send(file, URI.create(url.replaceAll("/+$", "") + "/api/archive/import"), token, out);
    }

    private static int send(Path file, URI target, String token, PrintStream out) {
        try {
            out.printf("Sending %s (%s) to %s%n", file.getFileName(), RuntimeUpload.megabytes(Files.size(file)), target);
            return report(RuntimeUpload.post(file, target, "application/x-ndjson", token,
                    "the runtime is importing (it logs its progress)", out), out);
        } catch (ConnectException e) {
            throw new LauncherException("Nothing answers at " + target + ". Start the runtime first, or pass --url.", e);
        } catch (IOException e) {
            throw new LauncherException("The import failed: " + e.getMessage(), e);
        }
    }

    static int report(JsonNode json, PrintStream out) {
        JsonNode errors = json.path("errors");
        out.printf("Imported %d, skipped %d (already there), %d lines refused%n",
                json.path("imported").asLong(), json.path("skipped").asLong(), errors.size());
        for (int i = 0; i < Math.min(errors.size(), SHOWN_ERRORS); i++) {
            out.printf("  line %d: %s%n", errors.get(i).path("line").asLong(), errors.get(i).path("message").asText());
        }
        if (errors.size() > SHOWN_ERRORS) {
            out.printf("  ... and %d more; fix those lines and import the file again: what is there is skipped.%n",
                    errors.size() - SHOWN_ERRORS);
        }
        return errors.size() == 0 ? 0 : 1;
    }

    private static String value(List<String> args, int i) {
        if (i >= args.size()) {
            throw new UsageException(args.get(i - 1) + " needs a value.");
        }
        return args.get(i);
    }

}
