package org.folkmoot.platform.internal.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

import javax.sql.DataSource;

import org.folkmoot.api.archive.Appended;
import org.folkmoot.api.archive.NewContribution;
import org.folkmoot.platform.internal.Jdbc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Imports JSON Lines into the archive in batches, each batch one transaction. A bad line is
 * reported with its number and skipped; the good lines are kept. Lines whose external id is already
 * in the archive are counted as skipped, which makes a re-run after a crash safe.
 */
public final class JsonLinesImporter {

    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesImporter.class);
    public static final int BATCH = 500;
    public static final int MAX_ERRORS = 1000;

    public record LineError(long line, String message) {
    }

    public record Report(long imported, long skipped, List<LineError> errors) {
    }

    /** Thrown when the input is not UTF-8; nothing after the last committed batch was written. */
    public static final class NotUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;

        public NotUtf8Exception(long line) {
            super("The body is not valid UTF-8 (line " + line + ")");
        }
    }

    private final JdbcContributionArchive archive;
    private final DataSource dataSource;
    private final ObjectMapper mapper = new ObjectMapper();

    public JsonLinesImporter(JdbcContributionArchive archive, DataSource dataSource) {
        this.archive = archive;
        this.dataSource = dataSource;
    }

    public Report importFrom(InputStream in, String source) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        long[] counts = new long[2];
        List<LineError> errors = new ArrayList<>();
        List<Line> batch = new ArrayList<>(BATCH);
        long lineNo = 0;
        long started = System.nanoTime();
        Set<String> signInNames = signInNames();
        while (true) {
            String text;
            try {
                text = reader.readLine();
            } catch (CharacterCodingException e) {
                throw new NotUtf8Exception(lineNo + 1);
            }
            if (text == null) {
                break;
            }
            lineNo++;
            if (lineNo == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                continue;
            }
            try {
                NewContribution checked = Validation.check(ContributionJson.parse(mapper, text));
                batch.add(new Line(lineNo, Validation.checkImportedAuthor(checked, signInNames::contains)));
            } catch (IllegalArgumentException e) {
                error(errors, lineNo, e.getMessage());
            }
            if (batch.size() >= BATCH) {
                flush(batch, counts, errors);
            }
            if (lineNo % 10_000 == 0) {
                LOG.info("Import from {}: {} lines read, {} imported, {} skipped, {} errors", source, lineNo,
                        counts[0], counts[1], errors.size());
            }
        }
        flush(batch, counts, errors);
        LOG.info("Import from {} done in {} ms: {} lines, {} imported, {} skipped, {} errors", source,
                (System.nanoTime() - started) / 1_000_000, lineNo, counts[0], counts[1], errors.size());
        return new Report(counts[0], counts[1], errors);
    }

    private record Line(long number, NewContribution contribution) {
    }

    /** The accounts' ids (a few thousand at most), read once per import. */
    private Set<String> signInNames() {
        if (dataSource == null) {
            return Set.of();
        }
        return Jdbc.inTransaction(dataSource, tx -> {
            Set<String> ids = new HashSet<>();
            try (var ps = tx.prepareStatement("SELECT id FROM account"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
            return ids;
        });
    }

    private void flush(List<Line> batch, long[] counts, List<LineError> errors) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            long[] c = Jdbc.inTransaction(dataSource, tx -> {
                long[] local = new long[2];
                for (Line l : batch) {
                    Appended a = archive.insertChecked(tx, l.contribution());
                    local[a.created() ? 0 : 1]++;
                }
                return local;
            });
            counts[0] += c[0];
            counts[1] += c[1];
        } catch (RuntimeException batchFailed) {
            if (org.folkmoot.api.storage.StorageException.databaseUnreachable(batchFailed)) {
                throw batchFailed; // no line is at fault: the whole request is refused (503), to be sent again
            }
            // One line the database refused spoils its batch: retry line by line to find it.
            for (Line l : batch) {
                try {
                    Appended a = Jdbc.inTransaction(dataSource, tx -> archive.insertChecked(tx, l.contribution()));
                    counts[a.created() ? 0 : 1]++;
                } catch (RuntimeException e) {
                    error(errors, l.number(), "the database refused it: " + e.getMessage());
                }
            }
        }
        batch.clear();
    }

    private static void error(List<LineError> errors, long line, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new LineError(line, message));
        }
    }
}
