package org.folkmoot.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.folkmoot.launcher.Main.LauncherException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends a file to the running runtime as a request body, for the import commands: streamed (a file of any
 * size), with a bearer token, showing how much has been sent; the runtime's JSON answer, or its refusal.
 */
final class RuntimeUpload {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RuntimeUpload() {
    }

    /**
     * @param sent what to say once the whole file is sent (what the runtime does next)
     * @throws LauncherException with the runtime's reason when it answers 4xx or 5xx
     */
    static JsonNode post(Path file, URI target, String contentType, String token, String sent, PrintStream out) throws IOException {
        return post(file, target, contentType, token, sent, "The runtime refused the import (%d): %s", out);
    }

    /** As above; {@code refused} says the runtime's refusal (its status and reason) in the caller's language. */
    static JsonNode post(Path file, URI target, String contentType, String token, String sent, String refused, PrintStream out)
            throws IOException {
        long size = Files.size(file);
        HttpURLConnection connection = (HttpURLConnection) target.toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setFixedLengthStreamingMode(size);
        connection.setRequestProperty("Content-Type", contentType);
        connection.setRequestProperty("Authorization", "Bearer " + token);
        connection.setReadTimeout(0);
        try (InputStream in = Files.newInputStream(file); OutputStream body = connection.getOutputStream()) {
            byte[] buffer = new byte[1 << 16];
            long done = 0;
            int shown = -1;
            for (int n; (n = in.read(buffer)) > 0; ) {
                body.write(buffer, 0, n);
                done += n;
                int percent = (int) (100 * done / Math.max(size, 1));
                if (percent / 10 != shown / 10) {
                    out.printf("  sent %d%%%n", percent);
                    shown = percent;
                }
            }
        }
        out.println("  sent; " + sent);
        int status = connection.getResponseCode();
        JsonNode json = read(status < 400 ? connection.getInputStream() : connection.getErrorStream());
        if (status >= 400) {
            throw new LauncherException(String.format(refused, status, json.path("detail").asText(json.toString())));
        }
        return json;
    }

    static JsonNode read(InputStream in) throws IOException {
        return JSON.readTree(in == null ? InputStream.nullInputStream() : in);
    }

    static String megabytes(long bytes) {
        return bytes < 1 << 20 ? (bytes >> 10) + " KiB" : String.format("%.1f MiB", bytes / (double) (1 << 20));
    }
}
