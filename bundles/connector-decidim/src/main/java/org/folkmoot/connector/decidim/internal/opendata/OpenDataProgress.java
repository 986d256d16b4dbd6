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
        CHECKING, IMPORTING, DONE, FAILED;

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
    private volatile String failure = "";
    private volatile Instant finished;

    public OpenDataProgress(String id, String site, String upload, Instant started) {
        this.id = id;
        this.site = site;
        this.upload = upload;
        this.started = started;
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

    void failed(String why, Instant at) {
        failure = why;
        finished = at;
        stage = Stage.FAILED;
    }

    public boolean finished() {
        return stage == Stage.DONE || stage == Stage.FAILED;
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

    public String failure() {
        return failure;
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

    /** The JSON the REST API and the command line read. */
    public Map<String, Object> toJson() {
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
        json.put("refusals", refusals().stream().map(r -> Map.of("file", r.file(), "line", r.line(), "message", r.message().english())).toList());
        json.put("started", started.toString());
        if (finished != null) {
            json.put("finished", finished.toString());
        }
        if (!failure.isEmpty()) {
            json.put("failure", failure);
        }
        return json;
    }
}
