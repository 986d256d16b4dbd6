package org.folkmoot.connector.decidim.internal.opendata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far one bootstrap import has gone, read by the officers' page and by {@code bin/folkmoot import-open-data}
 * while it runs, and its summary when it has finished. Updated by the one thread that runs the import.
 */
public final class OpenDataProgress {

    /** Where an import stands. */
    public enum Stage {
        CHECKING, IMPORTING, DONE, FAILED,
        /** Was importing when its runtime stopped: known from the record it left, never set on a running import. */
        INTERRUPTED;

        /** Over: done, stopped or interrupted. */
        public boolean isFinal() {
            return this == DONE || this == FAILED || this == INTERRUPTED;
        }

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A row not taken in: its file, its line, why and what to do. */
    public record Refusal(String file, long line, OpenDataMessage message) {
    }

    /** The most refusals kept for the summary; the count goes on past it. */
    public static final int MAX_REFUSALS = 1_000;

    private final String id;
    private final String site;
    private final String upload;
    private final Instant started;
    private volatile Stage stage = Stage.CHECKING;
    private volatile long rows;
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong imported = new AtomicLong();
    private final AtomicLong updated = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong withheld = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final List<Refusal> refusals = new ArrayList<>();
    private volatile OpenDataMessage failure;
    private volatile Instant finished;

    public OpenDataProgress(String id, String site, String upload, Instant started) {
        this.id = id;
        this.site = site;
        this.upload = upload;
        this.started = started;
    }

    /** Counts as an import's record holds them, for {@link #restored}. */
    record Counts(long rows, long read, long imported, long updated, long unchanged, long withheld, long refused) {
    }

    /** An import as its record in the database left it (this runtime's, before a restart, or another's). */
    static OpenDataProgress restored(String id, String site, String upload, Instant started, Stage stage, Counts counts,
            List<Refusal> refusals, OpenDataMessage failure, Instant finished) {
        OpenDataProgress p = new OpenDataProgress(id, site, upload, started);
        p.stage = stage;
        p.rows = counts.rows();
        p.read.set(counts.read());
        p.imported.set(counts.imported());
        p.updated.set(counts.updated());
        p.unchanged.set(counts.unchanged());
        p.withheld.set(counts.withheld());
        p.refused.set(counts.refused());
        p.refusals.addAll(refusals);
        p.failure = failure;
        p.finished = finished;
        return p;
    }

    /** The counts now, for its record. */
    Counts counts() {
        return new Counts(rows, read.get(), imported.get(), updated.get(), unchanged.get(), withheld.get(), refused.get());
    }

    public String id() {
        return id;
    }

    public String site() {
        return site;
    }

    public Stage stage() {
        return stage;
    }

    void checked(long rows) {
        this.rows = rows;
        this.stage = Stage.IMPORTING;
    }

    void rowRead() {
        read.incrementAndGet();
    }

    void imported() {
        imported.incrementAndGet();
    }

    void updated() {
        updated.incrementAndGet();
    }

    void unchanged() {
        unchanged.incrementAndGet();
    }

    /** Not taken in, and nothing to do: its author's account was deleted, or it has no text. */
    void withheld() {
        withheld.incrementAndGet();
    }

    void refused(String file, long line, OpenDataMessage message) {
        refused.incrementAndGet();
        synchronized (refusals) {
            if (refusals.size() < MAX_REFUSALS) {
                refusals.add(new Refusal(file, line, message));
            }
        }
    }

    void done(Instant at) {
        finished = at;
        stage = Stage.DONE;
    }

    void failed(OpenDataMessage why, Instant at) {
        failure = why;
        finished = at;
        stage = Stage.FAILED;
    }

    /** Stopped with its runtime: what was imported is kept, and importing the same file again carries on. */
    void interrupted(Instant at) {
        failure = OpenDataMessage.of("interrupted", read.get(), rows);
        finished = at;
        stage = Stage.INTERRUPTED;
    }

    public boolean finished() {
        return stage.isFinal();
    }

    /** Percent of the rows read, 0 to 100. */
    public int percent() {
        long total = rows;
        return total == 0 ? (finished() ? 100 : 0) : (int) Math.min(100, 100 * read.get() / total);
    }

    public long rows() {
        return rows;
    }

    public long read() {
        return read.get();
    }

    public long importedCount() {
        return imported.get();
    }

    public long updatedCount() {
        return updated.get();
    }

    public long unchangedCount() {
        return unchanged.get();
    }

    public long withheldCount() {
        return withheld.get();
    }

    public long refusedCount() {
        return refused.get();
    }

    public List<Refusal> refusals() {
        synchronized (refusals) {
            return List.copyOf(refusals);
        }
    }

    /** Why it stopped, in English; empty when it did not. */
    public String failure() {
        return failure == null ? "" : failure.english();
    }

    /** Why it stopped, and what to do. */
    public java.util.Optional<OpenDataMessage> failureMessage() {
        return java.util.Optional.ofNullable(failure);
    }

    public Instant started() {
        return started;
    }

    public Instant finishedAt() {
        return finished;
    }

    public String upload() {
        return upload;
    }

    /** The JSON the REST API and the command line read, with its messages in English. */
    public Map<String, Object> toJson() {
        return toJson("en");
    }

    /** The JSON the REST API and the command line read, with its messages in {@code en} or {@code cy}. */
    public Map<String, Object> toJson(String language) {
        var json = new java.util.LinkedHashMap<String, Object>();
        json.put("id", id);
        json.put("site", site);
        json.put("upload", upload);
        json.put("stage", stage.id());
        json.put("percent", percent());
        json.put("rows", rows);
        json.put("read", read.get());
        json.put("imported", imported.get());
        json.put("updated", updated.get());
        json.put("unchanged", unchanged.get());
        json.put("withheld", withheld.get());
        json.put("refused", refused.get());
        json.put("refusals", refusals().stream().map(r -> Map.of("file", r.file(), "line", r.line(), "message", r.message().in(language))).toList());
        json.put("started", started.toString());
        if (finished != null) {
            json.put("finished", finished.toString());
        }
        if (failure != null) {
            json.put("failure", failure.in(language));
        }
        return json;
    }
}
