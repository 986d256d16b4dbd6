package org.folkmoot.search.internal.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The one owner of the {@link IndexWriter}, its {@link SearcherManager} and the
 * {@link ControlledRealTimeReopenThread} that refreshes it in the background. Nothing else opens
 * a writer or a reader on the index directory.
 *
 * <p>Changes are applied in archive sequence order ({@link #apply}); the last applied sequence is
 * written into each commit's user data, so after a restart the follower resumes from
 * {@link #lastAppliedSequence()}. An index that cannot be read, or was written with another layout,
 * is emptied so the follower rebuilds it. Commits happen on a schedule ({@link CommitSchedule}) and at
 * {@link #close()}, never per document. Hidden and erased contributions are deleted; after an erasure
 * the next commit also merges away deleted documents, so erased text leaves the disk.
 *
 * <p>The other jobs have classes of their own, each given an acquired searcher (released in
 * {@code finally} here): documents ({@link ContributionDocuments}), parallel bulk analysis
 * ({@link BulkIndexing}), searching ({@link ContributionSearch}: facets in {@link FacetCounts}, hits in
 * {@link Hits}, snippets in {@link Snippets}, "did you mean" in {@link SpellingHints}), type-ahead ({@link Suggestions}), similar contributions
 * ({@link SimilarContributions}) and container titles ({@link ContainerTitles}).
 */
public final class ContributionIndex implements Closeable {

    /** Tuning; the defaults suit a council-sized archive. */
    public record Settings(double maxStaleSeconds, double minStaleSeconds, long commitIntervalMillis,
            double ramBufferMb) {
        public static Settings defaults() {
            return new Settings(0.25, 0.01, 5_000, 64);
        }
    }

    private static final System.Logger LOG = System.getLogger(ContributionIndex.class.getName());
    private static final double BULK_MAX_STALE_SECONDS = 5.0;
    private static final double BULK_RAM_BUFFER_MB = 128;
    private static final double STREAMING_MAX_STALE_SECONDS = 1.0;

    private final Directory directory;
    private final boolean ownsDirectory;
    private final IndexWriter writer;
    private final SearcherManager manager;
    private final Settings settings;
    private final Object reopenLock = new Object();
    private volatile ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private volatile boolean bulk;
    private volatile boolean streaming;
    private final BulkIndexing bulkIndexing = new BulkIndexing();
    private final CommitSchedule commits;
    private final Object applyLock = new Object();
    private final AtomicBoolean closed = new AtomicBoolean();

    private final ContributionDocuments documents;
    private final ContainerTitles containerTitles = new ContainerTitles();
    private final ContributionSearch search;
    private final SimilarContributions similar;

    private volatile long lastApplied;
    private volatile long searchable;
    private volatile long committedSequence;
    private volatile long lastGeneration;
    private volatile boolean erasedSinceCommit;

    /**
     * Opens (or creates) the index in a directory on disk, owning the directory. The index is derived
     * data: if it cannot be read (corrupt, or written by an incompatible Lucene) it is deleted and
     * started afresh, so the follower rebuilds it from the archive. A lock held by another process is
     * not a reason to delete anything: that fails.
     */
    public static ContributionIndex openOnDisk(Path path, Settings settings) throws IOException {
        Files.createDirectories(path);
        FSDirectory dir = FSDirectory.open(path);
        try {
            try {
                return new ContributionIndex(dir, true, settings, Ranking.RESIDENT);
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException unreadable) {
                LOG.log(System.Logger.Level.WARNING, "search: the index at " + path + " cannot be read ("
                        + unreadable.getMessage() + "); deleting it to rebuild from the archive");
                for (String file : dir.listAll()) {
                    if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        dir.deleteFile(file);
                    }
                }
                return new ContributionIndex(dir, true, settings, Ranking.RESIDENT);
            }
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** An index in a directory the caller owns. */
    public ContributionIndex(Directory directory, Settings settings) throws IOException {
        this(directory, false, settings, Ranking.RESIDENT);
    }

    /** With another ranking than residents get: for the ranking evaluation, which compares them. */
    ContributionIndex(Directory directory, Settings settings, Ranking ranking) throws IOException {
        this(directory, false, settings, ranking);
    }

    private ContributionIndex(Directory directory, boolean ownsDirectory, Settings settings, Ranking ranking)
            throws IOException {
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        this.settings = settings;
        TieredMergePolicy mergePolicy = new TieredMergePolicy();
        // After an erasure, rewrite every segment holding a deleted document, however few it holds.
        mergePolicy.setForceMergeDeletesPctAllowed(0.0);
        // Text reaches the writer already redacted (by the feed): its analysis blanks the labels and tokenises each text once.
        IndexWriterConfig config = new IndexWriterConfig(Fields.indexAnalyzer(ranking.english))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(settings.ramBufferMb())
                // Flushed segments are merged soon anyway: packing each into a compound file first is wasted copying.
                .setUseCompoundFile(false)
                .setMergePolicy(mergePolicy);
        this.writer = new IndexWriter(directory, config);
        String schema = committed(writer, Fields.COMMIT_SCHEMA);
        if (!Fields.SCHEMA.equals(schema) && (writer.getDocStats().maxDoc > 0 || committed(writer, Fields.COMMIT_SEQUENCE) != null)) {
            LOG.log(System.Logger.Level.WARNING, "search: the index was built with layout " + schema
                    + ", this version uses " + Fields.SCHEMA + "; rebuilding it from the archive");
            writer.deleteAll();
        } else {
            String seq = committed(writer, Fields.COMMIT_SEQUENCE);
            this.lastApplied = seq == null ? 0 : Long.parseLong(seq);
        }
        FacetsConfig facetsConfig = new FacetsConfig();
        try {
            this.manager = new SearcherManager(writer, FacetedSearcher.factory(facetsConfig));
            this.searchable = lastApplied;
            this.committedSequence = lastApplied;
            manager.addListener(new ReferenceManager.RefreshListener() {
                private long before;

                @Override
                public void beforeRefresh() {
                    // Every change up to this sequence has been handed to the writer: the refreshed
                    // reader (or, if nothing changed, the current one) has them all.
                    before = lastApplied;
                }

                @Override
                public void afterRefresh(boolean didRefresh) {
                    searchable = before;
                }
            });
        } catch (IOException | RuntimeException e) {
            writer.rollback(); // releases the write lock
            throw e;
        }
        this.documents = new ContributionDocuments(facetsConfig);
        Analyzer analyzer = Fields.analyzer(ranking.english);
        Hits hits = new Hits(new Snippets(analyzer));
        this.search = new ContributionSearch(ranking, analyzer, new FacetCounts(facetsConfig, containerTitles), hits);
        this.similar = new SimilarContributions(analyzer, hits);
        this.reopener = startReopener(settings.maxStaleSeconds());
        this.commits = new CommitSchedule(settings.commitIntervalMillis(), this::scheduledCommit);
    }

    /**
     * Searches a committed index without writing to it (no writer, no lock, no refreshes): the
     * benchmark uses it to time the service's own answer on the runtime's index, in its process.
     */
    static ContributionIndex openReadOnly(Directory directory) throws IOException {
        return new ContributionIndex(directory);
    }

    private ContributionIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.ownsDirectory = false;
        this.settings = Settings.defaults();
        this.writer = null;
        FacetsConfig facetsConfig = new FacetsConfig();
        this.manager = new SearcherManager(DirectoryReader.open(directory), FacetedSearcher.factory(facetsConfig));
        this.reopener = null;
        this.commits = null;
        this.documents = null;
        Analyzer analyzer = Fields.analyzer();
        Hits hits = new Hits(new Snippets(analyzer));
        this.search = new ContributionSearch(Ranking.RESIDENT, analyzer, new FacetCounts(facetsConfig, containerTitles), hits);
        this.similar = new SimilarContributions(analyzer, hits);
    }

    private ControlledRealTimeReopenThread<IndexSearcher> startReopener(double maxStaleSeconds) {
        ControlledRealTimeReopenThread<IndexSearcher> t = new ControlledRealTimeReopenThread<>(writer, manager,
                maxStaleSeconds, settings.minStaleSeconds());
        t.setName("folkmoot-search-refresh");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * While changes stream in (an import of thousands a second, see {@link ChangeFlow}), refresh at most
     * every second rather than every quarter, unless someone waits for a change: each refresh flushes
     * the changes since the last as a small segment, and a quarter-second's worth of an import makes a
     * segment too small to be worth its cost (merged again soon after). A second keeps what any runtime
     * writes searchable on every other within two.
     */
    public void streaming(boolean on) {
        synchronized (reopenLock) {
            if (on == streaming || closed.get()) {
                return;
            }
            streaming = on;
            if (!bulk) {
                replaceReopener();
            }
        }
    }

    private void replaceReopener() {
        ControlledRealTimeReopenThread<IndexSearcher> old = reopener;
        reopener = startReopener(bulk ? Math.max(BULK_MAX_STALE_SECONDS, settings.maxStaleSeconds())
                : streaming ? Math.max(STREAMING_MAX_STALE_SECONDS, settings.maxStaleSeconds()) : settings.maxStaleSeconds());
        old.close();
    }

    /**
     * While catching up a large backlog (a rebuild), refresh only every few seconds unless someone
     * waits for a change: each refresh flushes a small segment, which halves indexing throughput.
     */
    public void bulkMode(boolean on) {
        synchronized (reopenLock) {
            if (on == bulk || closed.get()) {
                return;
            }
            bulk = on;
            replaceReopener();
            // A catch-up flushes at each (5 s) refresh anyway; a larger buffer only keeps a fast one from flushing in between.
            writer.getConfig().setRAMBufferSizeMB(on ? Math.max(BULK_RAM_BUFFER_MB, settings.ramBufferMb()) : settings.ramBufferMb());
            if (!on) {
                // What the bulk applied is searchable before the follower reports it has caught up.
                try {
                    manager.maybeRefreshBlocking();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private static String committed(IndexWriter writer, String key) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (key.equals(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- writing

    /**
     * Applies one archive change: adds or replaces a published contribution, deletes a hidden or
     * erased one. Changes at or below the last applied sequence are ignored (replays are harmless).
     *
     * @return the generation to pass to {@link #awaitSearchable(long, long)}
     */
    public long apply(IndexedContribution c) throws IOException {
        synchronized (applyLock) {
            if (c.sequence() <= lastApplied) {
                return lastGeneration;
            }
            lastGeneration = write(c);
            lastApplied = c.sequence();
            return lastGeneration;
        }
    }

    /** Adds, replaces or deletes one contribution; returns the writer's sequence number. */
    private long write(IndexedContribution c) throws IOException {
        Term idTerm = new Term(Fields.ID, c.id());
        if (c.searchable()) {
            long gen = writer.updateDocument(idTerm, documents.of(c));
            containerTitles.update(c);
            return gen;
        }
        if (c.state() == IndexedContribution.State.ERASED) {
            erasedSinceCommit = true;
        }
        return writer.deleteDocuments(idTerm);
    }

    /**
     * Applies changes in sequence order; returns the generation of the last. In bulk mode a large
     * batch of distinct contributions (as the archive's {@code changesSince} gives) is analysed on
     * several threads ({@link BulkIndexing}); the last applied sequence only moves once the whole
     * batch is in.
     */
    public long applyAll(List<IndexedContribution> changes) throws IOException {
        synchronized (applyLock) {
            List<IndexedContribution> fresh = new ArrayList<>(changes.size());
            long previous = lastApplied;
            for (IndexedContribution c : changes) {
                if (c.sequence() > previous) {
                    fresh.add(c);
                    previous = c.sequence();
                }
            }
            if (fresh.isEmpty()) {
                return lastGeneration;
            }
            if (!bulk || !BulkIndexing.worthIt(fresh)) {
                for (IndexedContribution c : fresh) {
                    apply(c);
                }
                return lastGeneration;
            }
            lastGeneration = Math.max(lastGeneration, bulkIndexing.writeAll(fresh, this::write));
            lastApplied = fresh.get(fresh.size() - 1).sequence();
            return lastGeneration;
        }
    }

    /**
     * Records that the archive has no change at or below the sequence that is not applied yet: the
     * archive's sequence has gaps (it skips ahead at each restart), and without this the index would
     * look forever behind an archive that has nothing more to give.
     */
    public void advanceTo(long sequence) {
        synchronized (applyLock) {
            if (sequence > lastApplied) {
                lastApplied = sequence;
            }
        }
    }

    /** Waits until everything up to the generation is visible to searches; false on timeout. */
    public boolean awaitSearchable(long generation, long timeoutMillis) throws InterruptedException {
        return reopener.waitForGeneration(generation, (int) Math.min(Integer.MAX_VALUE, timeoutMillis));
    }

    /** Waits until every change applied so far is visible. */
    public boolean awaitSearchable(long timeoutMillis) throws InterruptedException {
        return awaitSearchable(lastGeneration, timeoutMillis);
    }

    /** The last archive sequence whose change searches can see now. */
    public long searchableSequence() {
        return searchable;
    }

    /** The last archive sequence applied (committed or not), searchable or not yet. */
    public long lastAppliedSequence() {
        return lastApplied;
    }

    /** Deletes everything and forgets the sequence: the follower then rebuilds from the start. */
    public void clear() throws IOException {
        synchronized (applyLock) {
            lastGeneration = writer.deleteAll();
            lastApplied = 0;
            commit();
        }
    }

    /** Commits now, recording the last applied sequence. */
    public void commit() throws IOException {
        synchronized (applyLock) {
            // Read the sequence before committing: every change up to it has been handed to the writer.
            long seq = lastApplied;
            boolean erased = erasedSinceCommit;
            if (erased) {
                // In the background: the next commit (or close, which waits) records the merged segments
                // and the files that held the erased text are deleted once no reader uses them.
                writer.forceMergeDeletes(false);
            }
            writer.setLiveCommitData(Map.of(Fields.COMMIT_SEQUENCE, Long.toString(seq), Fields.COMMIT_SCHEMA, Fields.SCHEMA)
                    .entrySet());
            writer.commit();
            committedSequence = seq;
            if (erased) {
                erasedSinceCommit = false;
            }
        }
    }

    private void scheduledCommit() {
        try {
            if (!closed.get() && (writer.hasUncommittedChanges() || erasedSinceCommit || committedSequence != lastApplied)) {
                commit();
            }
        } catch (IOException | RuntimeException e) {
            // The next attempt (or close) commits; the archive remains the source of truth.
            LOG.log(System.Logger.Level.WARNING, "scheduled commit failed", e);
        }
    }

    // ---------------------------------------------------------------- reading

    /** Runs a resident's search. Never throws for anything the resident typed. */
    public SearchResult search(SearchRequest request) throws IOException {
        return withSearcher(searcher -> search.search(searcher, request));
    }

    /** Words that start with the prefix, most used first, for type-ahead. */
    public List<String> suggest(String prefix, int max) throws IOException {
        return withSearcher(searcher -> Suggestions.startingWith(searcher, prefix, max));
    }

    /** Contributions most like the given one (by their words), best first; empty if it is not indexed. */
    public List<SearchResult.Hit> similar(String id, int max) throws IOException {
        return withSearcher(searcher -> similar.to(searcher, id, max));
    }

    /** Number of contributions searchable now. */
    public int size() throws IOException {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Something done with an acquired searcher. */
    interface SearcherTask<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** Runs a task with an acquired searcher, released afterwards. */
    <T> T withSearcher(SearcherTask<T> task) throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            return task.run(searcher);
        } finally {
            manager.release(searcher);
        }
    }

    /** The directory this index lives in. */
    Directory directory() {
        return directory;
    }

    @Override
    public void close() throws IOException {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (writer == null) { // read-only
            manager.close();
            return;
        }
        commits.close();
        synchronized (reopenLock) {
            reopener.close();
        }
        synchronized (applyLock) {
            bulkIndexing.close(); // idle: applyAll waits for its work under this lock
        }
        try {
            commit();
        } finally {
            try {
                manager.close();
            } finally {
                try {
                    writer.close();
                } finally {
                    if (ownsDirectory) {
                        directory.close();
                    }
                }
            }
        }
    }

    /** Used by tests and the benchmark: opens a plain reader on a committed index. */
    static long committedSequence(Directory dir) throws IOException {
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            String s = r.getIndexCommit().getUserData().get(Fields.COMMIT_SEQUENCE);
            return s == null ? 0 : Long.parseLong(s);
        }
    }
}
