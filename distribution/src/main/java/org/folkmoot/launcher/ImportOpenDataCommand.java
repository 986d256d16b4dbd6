package org.folkmoot.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.folkmoot.launcher.Main.LauncherException;
import org.folkmoot.launcher.Main.UsageException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code bin/folkmoot import-open-data --site https://HOST FILE.zip}: sends a Decidim site's open-data export
 * to the running runtime ({@code POST /api/connectors/decidim/open-data}), then follows the import it starts,
 * showing its progress and at the end what was imported, updated and refused (each refusal with its file,
 * line and what to do). Importing the same export again changes nothing.
 */
final class ImportOpenDataCommand {

    static final String USAGE = "Usage: bin/folkmoot import-open-data --site https://HOST FILE.zip [--url URL] [--token TOKEN]"
            + " [--lang en|cy]";

    /**
     * What the command says itself, in English or Welsh; what the runtime says (refusals, why an import stopped)
     * comes in the same language, asked for with {@code lang=}.
     */
    record Words(String lang, String sending, String checking, String checked, String progress, String summary, String line,
            String more, String failed, String refused, String lost, Map<String, String> stages) {

        static final Words EN = new Words("en", "Sending %s (%s), the open data of %s%n",
                "the runtime is checking every file before it imports anything", "  checked: %d rows to import%n",
                "  %s %d%%: %d of %d rows read%n", "Imported %d, updated %d, unchanged %d (already there), withheld %d"
                + " (deleted accounts, no text), refused %d; %d rows in %.1f s (%.0f rows/s)%n", "  %s line %d: %s%n",
                "  ... and %d more (the source page lists the first %d).%n", "Stopped: ",
                "The runtime refused the import (%d): %s", "The runtime lost track of the import (%d): %s", Map.of());
        static final Words CY = new Words("cy", "Yn anfon %s (%s), data agored %s%n",
                "mae'r amgylchedd yn gwirio pob ffeil cyn mewnforio dim", "  wedi gwirio: %d rhes i'w mewnforio%n",
                "  %s %d%%: darllenwyd %d o %d rhes%n", "Mewnforiwyd %d, diweddarwyd %d, heb newid %d (yno eisoes), daliwyd yn ôl %d"
                + " (cyfrifon wedi'u dileu, dim testun), gwrthodwyd %d; %d rhes mewn %.1f e (%.0f rhes/e)%n", "  %s llinell %d: %s%n",
                "  ... a %d arall (mae tudalen y ffynhonnell yn rhestru'r %d cyntaf).%n", "Wedi stopio: ",
                "Gwrthododd yr amgylchedd y mewnforio (%d): %s", "Collodd yr amgylchedd olwg ar y mewnforio (%d): %s",
                Map.of("checking", "yn gwirio", "importing", "yn mewnforio", "done", "wedi'i wneud", "failed", "wedi stopio",
                        "interrupted", "wedi'i dorri ar draws"));

        /** {@code --lang}, else {@code FOLKMOOT_LANG}, else the locale of the shell (LC_ALL, LC_MESSAGES, LANG). */
        static Words chosen(String option, Map<String, String> env) {
            String lang = option;
            for (String name : List.of("FOLKMOOT_LANG", "LC_ALL", "LC_MESSAGES", "LANG")) {
                if (lang == null || lang.isBlank()) {
                    lang = env.get(name);
                }
            }
            return lang != null && (lang.equals("cy") || lang.startsWith("cy_") || lang.startsWith("cy-")) ? CY : EN;
        }

        String stage(String id) {
            return stages.getOrDefault(id, id);
        }
    }
    private static final int SHOWN_REFUSALS = 20;
    private static final long POLL_MILLIS = 500;

    private ImportOpenDataCommand() {
    }

    static int run(List<String> args, Map<String, String> env, PrintStream out) {
        Path file = null;
        String site = null;
        String url = "http://127.0.0.1:" + env.getOrDefault("FOLKMOOT_PORT", "8080");
        String token = env.getOrDefault("FOLKMOOT_TOKEN", env.get("FOLKMOOT_ADMIN_TOKEN"));
        String lang = null;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--site" -> site = value(args, ++i);
                case "--url" -> url = value(args, ++i);
                case "--token" -> token = value(args, ++i);
                case "--lang" -> lang = value(args, ++i);
                default -> {
                    if (file != null || args.get(i).startsWith("--")) {
                        throw new UsageException("Unexpected '" + args.get(i) + "'. " + USAGE);
                    }
                    file = Path.of(args.get(i));
                }
            }
        }
        if (site == null || file == null) {
            throw new UsageException("Name the site and the export. " + USAGE);
        }
        if (!Files.isReadable(file)) {
            throw new LauncherException("Cannot read " + file + ".");
        }
        if (token == null || token.isBlank()) {
            throw new LauncherException("Importing needs an officer's or admin's API token: pass --token, or set FOLKMOOT_TOKEN"
                    + " (or FOLKMOOT_ADMIN_TOKEN, which the runtime also accepts).");
        }
        Words words = Words.chosen(lang, env);
        String base = url.replaceAll("/+$", "");
        URI target = URI.create(base + "/api/connectors/decidim/open-data?site=" + URLEncoder.encode(site, StandardCharsets.UTF_8)
                + "&name=" + URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8) + "&lang=" + words.lang());
        try {
            long started = System.nanoTime();
            JsonNode accepted = send(file, site, target, token, words, out);
            JsonNode done = follow(URI.create(base + "/api/connectors/decidim/open-data/" + accepted.path("id").asText()
                    + "?lang=" + words.lang()), token, words, out);
            return report(done, (System.nanoTime() - started) / 1e9, words, out);
        } catch (ConnectException e) {
            throw new LauncherException("Nothing answers at " + base + ". Start the runtime first, or pass --url.", e);
        } catch (IOException e) {
            throw new LauncherException("The import failed: " + e.getMessage(), e);
        }
    }

    private static JsonNode send(Path file, String site, URI target, String token, Words words, PrintStream out) throws IOException {
        out.printf(words.sending(), file.getFileName(), RuntimeUpload.megabytes(Files.size(file)), site);
        JsonNode json = RuntimeUpload.post(file, target, "application/zip", token, words.checking(), words.refused(), out);
        out.printf(words.checked(), json.path("rows").asLong());
        return json;
    }

    private static JsonNode follow(URI progress, String token, Words words, PrintStream out) throws IOException {
        int shown = -1;
        while (true) {
            HttpURLConnection connection = (HttpURLConnection) progress.toURL().openConnection();
            connection.setRequestProperty("Authorization", "Bearer " + token);
            connection.setRequestProperty("Accept", "application/json");
            int status = connection.getResponseCode();
            JsonNode json = RuntimeUpload.read(status < 400 ? connection.getInputStream() : connection.getErrorStream());
            if (status >= 400) {
                throw new LauncherException(String.format(words.lost(), status, json.path("detail").asText()));
            }
            String stage = json.path("stage").asText();
            int percent = json.path("percent").asInt();
            if (percent / 10 != shown / 10 || !stage.equals("importing")) {
                out.printf(words.progress(), words.stage(stage), percent, json.path("read").asLong(), json.path("rows").asLong());
                shown = percent;
            }
            if (stage.equals("done") || stage.equals("failed") || stage.equals("interrupted")) {
                return json;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LauncherException("Interrupted; the runtime carries on with the import.");
            }
        }
    }

    static int report(JsonNode json, double seconds, Words words, PrintStream out) {
        long rows = json.path("read").asLong();
        out.printf(words.summary(), json.path("imported").asLong(), json.path("updated").asLong(),
                json.path("unchanged").asLong(), json.path("withheld").asLong(), json.path("refused").asLong(), rows, seconds,
                rows / Math.max(seconds, 0.001));
        JsonNode refusals = json.path("refusals");
        for (int i = 0; i < Math.min(refusals.size(), SHOWN_REFUSALS); i++) {
            JsonNode r = refusals.get(i);
            out.printf(words.line(), r.path("file").asText(), r.path("line").asLong(), r.path("message").asText());
        }
        long refused = json.path("refused").asLong();
        if (refused > SHOWN_REFUSALS) {
            out.printf(words.more(), refused - SHOWN_REFUSALS, refusals.size());
        }
        if (!json.path("failure").asText().isEmpty()) {
            out.println(words.failed() + json.path("failure").asText());
            return 1;
        }
        return refused == 0 ? 0 : 1;
    }


    private static String value(List<String> args, int i) {
        if (i >= args.size()) {
            throw new UsageException(args.get(i - 1) + " needs a value.");
        }
        return args.get(i);
    }

}
