package org.folkmoot.search.internal.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.folkmoot.api.container.LocalisedText;

/**
 * The one owner of the {@link IndexWriter}, its {@link SearcherManager} and the
 * {@link ControlledRealTimeReopenThread} that refreshes it in the background. Nothing else opens
 * a writer or a reader on the index directory.
 *
 * <p>Changes are applied in archive sequence order ({@link #apply}); the last applied sequence is
 * written into each commit's user data, so after a restart the follower resumes from
 * {@link #lastAppliedSequence()}. Commits happen on a schedule and at {@link #close()}, never per
 * document. Searches acquire a searcher and release it in {@code finally}.
 *
 * <p>Hidden and erased contributions are deleted. Deleted documents still count in
 * {@code docFreq} until their segment is merged, so spelling hints and suggestions are checked
 * against live documents before they are offered; facet counts only ever count live hits. After an
 * erasure the next scheduled commit also merges away deleted documents, so erased text leaves the
 * disk.
 */
public final class ContributionIndex implements Closeable {

    /** Tuning; the defaults suit a council-sized archive. */
    public record Settings(double maxStaleSeconds, double minStaleSeconds, long commitIntervalMillis,
            double ramBufferMb) {
        public static Settings defaults() {
            return new Settings(0.25, 0.01, 5_000, 64);
        }
    }

    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);
    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    /** Titles and tags are searched (phrases need positions) but never highlighted: no offsets. */
    private static final FieldType TEXT_WITH_POSITIONS = new FieldType(TextField.TYPE_NOT_STORED);
    static {
        TEXT_WITH_POSITIONS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        TEXT_WITH_POSITIONS.freeze();
    }

    /** The _all fields are for hints, suggestions and similar contributions: they only need which documents have a word. */
    private static final FieldType TEXT_DOCS_ONLY = new FieldType(TextField.TYPE_NOT_STORED);
    static {
        TEXT_DOCS_ONLY.setIndexOptions(IndexOptions.DOCS);
        TEXT_DOCS_ONLY.setOmitNorms(true);
        TEXT_DOCS_ONLY.freeze();
    }

    private static final int SNIPPET_CHARS = 240;
    /** What a hit shows, without the body (the snippet comes from the highlighter). */
    private static final Set<String> HIT_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.MODULE, Fields.CONTAINER_TYPE,
            Fields.CONTAINER_ID, Fields.CONTAINER_TITLE, Fields.CONTAINER_TITLE_CY, Fields.KIND, Fields.LOCALITY, Fields.LANGUAGE, Fields.CREATED,
            Fields.URL);
    private static final Set<String> HIT_FIELDS_AND_BODY;
    static {
        Set<String> fields = new java.util.HashSet<>(HIT_FIELDS);
        fields.add(Fields.BODY);
        HIT_FIELDS_AND_BODY = Set.copyOf(fields);
    }
    private static final int SPELL_CANDIDATES = 5;
    private static final int MAX_SPELLCHECKED_WORDS = 6;

    private final Directory directory;
    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final IndexWriter writer;
    private final SearcherManager manager;
    private final Settings settings;
    private final Object reopenLock = new Object();
    private volatile ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private volatile boolean bulk;
    private java.util.concurrent.ExecutorService indexingPool;
    private static final int INDEXING_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final int PARALLEL_BATCH = 64;
    private final ScheduledExecutorService committer;
    private final ResidentQueryParser parser;
    private final Ranking ranking;
    private final Object applyLock = new Object();
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Container and parent facet values ({@code container:type/id}, {@code parent:type/id}) to their titles
     * in English and Welsh, for labelling facet values without a lookup per query.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, LocalisedText> containerTitles =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED_TITLES = 50_000;

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
    public static ContributionIndex openOnDisk(java.nio.file.Path path, Settings settings) throws IOException {
        java.nio.file.Files.createDirectories(path);
        org.apache.lucene.store.FSDirectory dir = org.apache.lucene.store.FSDirectory.open(path);
        try {
            ContributionIndex index = new ContributionIndex(dir, settings);
            index.ownsDirectory = true;
            return index;
        } catch (org.apache.lucene.index.CorruptIndexException | org.apache.lucene.index.IndexFormatTooOldException
                | org.apache.lucene.index.IndexFormatTooNewException unreadable) {
            System.getLogger(ContributionIndex.class.getName()).log(System.Logger.Level.WARNING,
                    "search: the index at " + path + " cannot be read (" + unreadable.getMessage()
                            + "); deleting it to rebuild from the archive");
            for (String file : dir.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    dir.deleteFile(file);
                }
            }
            try {
                ContributionIndex index = new ContributionIndex(dir, settings);
                index.ownsDirectory = true;
                return index;
            } catch (IOException | RuntimeException e) {
                dir.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    private boolean ownsDirectory;

    public ContributionIndex(Directory directory, Settings settings) throws IOException {
        this(directory, settings, Ranking.RESIDENT);
    }

    /** With another ranking than residents get: for the ranking evaluation, which compares them. */
    ContributionIndex(Directory directory, Settings settings, Ranking ranking) throws IOException {
        this.directory = directory;
        this.ranking = ranking;
        this.analyzer = Fields.analyzer(ranking.english);
        org.apache.lucene.index.TieredMergePolicy mergePolicy = new org.apache.lucene.index.TieredMergePolicy();
        // After an erasure, rewrite every segment holding a deleted document, however few it holds.
        mergePolicy.setForceMergeDeletesPctAllowed(0.0);
        // Text reaches the writer already redacted (by the feed): its analysis blanks the labels and captures words once.
        IndexWriterConfig config = new IndexWriterConfig(Fields.indexAnalyzer(ranking.english))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(settings.ramBufferMb())
                // Flushed segments are merged soon anyway: packing each into a compound file first is wasted copying.
                .setUseCompoundFile(false)
                .setMergePolicy(mergePolicy);
        this.writer = new IndexWriter(directory, config);
        String schema = committed(writer, Fields.COMMIT_SCHEMA);
        if (!Fields.SCHEMA.equals(schema) && (writer.getDocStats().maxDoc > 0 || committed(writer, Fields.COMMIT_SEQUENCE) != null)) {
            System.getLogger(ContributionIndex.class.getName()).log(System.Logger.Level.WARNING,
                    "search: the index was built with layout " + schema + ", this version uses " + Fields.SCHEMA
                            + "; rebuilding it from the archive");
            writer.deleteAll();
        } else {
            String seq = committed(writer, Fields.COMMIT_SEQUENCE);
            this.lastApplied = seq == null ? 0 : Long.parseLong(seq);
        }
        try {
            this.manager = new SearcherManager(writer, new FacetedSearcherFactory(facetsConfig));
            this.searchable = lastApplied;
            this.committedSequence = lastApplied;
            manager.addListener(new org.apache.lucene.search.ReferenceManager.RefreshListener() {
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
        this.settings = settings;
        this.reopener = startReopener(settings.maxStaleSeconds());
        this.parser = parser(ranking, analyzer);
        this.committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "folkmoot-search-commit");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(100, settings.commitIntervalMillis());
        committer.scheduleWithFixedDelay(this::scheduledCommit, every, every, TimeUnit.MILLISECONDS);
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
        this.analyzer = Fields.analyzer();
        this.writer = null;
        this.manager = new SearcherManager(DirectoryReader.open(directory), new FacetedSearcherFactory(facetsConfig));
        this.settings = Settings.defaults();
        this.reopener = null;
        this.committer = null;
        this.ranking = Ranking.RESIDENT;
        this.parser = parser(ranking, analyzer);
        this.readOnly = true;
    }

    private boolean readOnly;

    private static ResidentQueryParser parser(Ranking ranking, Analyzer analyzer) {
        return new ResidentQueryParser(analyzer, ranking.shape);
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
     * While catching up a large backlog (a rebuild), refresh only every few seconds unless someone
     * waits for a change: each refresh flushes a small segment, which halves indexing throughput.
     */
    public void bulkMode(boolean on) {
        synchronized (reopenLock) {
            if (on == bulk || closed.get()) {
                return;
            }
            ControlledRealTimeReopenThread<IndexSearcher> old = reopener;
            reopener = startReopener(on ? Math.max(BULK_MAX_STALE_SECONDS, settings.maxStaleSeconds())
                    : settings.maxStaleSeconds());
            old.close();
            bulk = on;
            // A catch-up flushes at each (5 s) refresh anyway; a larger buffer only keeps a fast one from flushing in between.
            writer.getConfig().setRAMBufferSizeMB(on ? Math.max(BULK_RAM_BUFFER_MB, settings.ramBufferMb()) : settings.ramBufferMb());
            if (!on) {
                // What the bulk applied is searchable before the follower reports it has caught up.
                try {
                    manager.maybeRefreshBlocking();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
    }

    private static final double BULK_MAX_STALE_SECONDS = 5.0;
    private static final double BULK_RAM_BUFFER_MB = 128;

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
            long gen = writer.updateDocument(idTerm, facetsConfig.build(toDocument(c)));
            if (c.containerType() != null && c.containerId() != null && c.containerTitle() != null) {
                containerTitles.replace(Facet.CONTAINER.key() + ":" + containerKey(c.containerType(), c.containerId()),
                        new LocalisedText(c.containerTitle(), c.containerTitleCy()));
            }
            if (c.parent() != null && c.parentTitle() != null) {
                containerTitles.replace(Facet.PARENT.key() + ":" + c.parent().key(), c.parentTitle());
            }
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
     * several threads: order between different contributions does not matter, and the last applied
     * sequence only moves once the whole batch is in.
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
            if (!bulk || INDEXING_THREADS < 2 || fresh.size() < PARALLEL_BATCH || !distinctIds(fresh)) {
                for (IndexedContribution c : fresh) {
                    apply(c);
                }
                return lastGeneration;
            }
            List<java.util.concurrent.Future<Long>> parts = new ArrayList<>();
            // Several small parts per thread, so one slow part does not leave the other threads idle.
            int chunk = Math.max(PARALLEL_BATCH, (fresh.size() + INDEXING_THREADS * 8 - 1) / (INDEXING_THREADS * 8));
            for (int from = 0; from < fresh.size(); from += chunk) {
                List<IndexedContribution> part = fresh.subList(from, Math.min(fresh.size(), from + chunk));
                parts.add(indexingPool().submit(() -> {
                    long gen = 0;
                    for (IndexedContribution c : part) {
                        gen = Math.max(gen, write(c));
                    }
                    return gen;
                }));
            }
            long gen = lastGeneration;
            try {
                for (java.util.concurrent.Future<Long> f : parts) {
                    gen = Math.max(gen, f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while indexing");
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IOException(e.getCause());
            }
            lastGeneration = gen;
            lastApplied = fresh.get(fresh.size() - 1).sequence();
            return gen;
        }
    }

    private static boolean distinctIds(List<IndexedContribution> changes) {
        java.util.Set<String> ids = new java.util.HashSet<>(changes.size() * 2);
        for (IndexedContribution c : changes) {
            if (!ids.add(c.id())) {
                return false;
            }
        }
        return true;
    }

    private java.util.concurrent.ExecutorService indexingPool() {
        java.util.concurrent.ExecutorService pool = indexingPool;
        if (pool == null) {
            pool = Executors.newFixedThreadPool(INDEXING_THREADS, r -> {
                Thread t = new Thread(r, "folkmoot-search-indexing");
                t.setDaemon(true);
                return t;
            });
            indexingPool = pool;
        }
        return pool;
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
            System.getLogger(ContributionIndex.class.getName())
                    .log(System.Logger.Level.WARNING, "scheduled commit failed", e);
        }
    }

    private Document toDocument(IndexedContribution c) {
        Document doc = new Document();
        // Already redacted by the feed (the platform's Redactor): the index never sees personal data.
        String title = c.title();
        String body = c.body();
        doc.add(new StringField(Fields.ID, c.id(), Field.Store.YES));
        doc.add(new StoredField(Fields.SEQUENCE, c.sequence()));
        doc.add(new StoredField(Fields.TITLE, title));
        doc.add(new StoredField(Fields.BODY, body));
        String suffix = Fields.languageSuffix(c.language());
        // Each text is tokenised once: its neutral field, right after its language field, reuses the words.
        TeeFields.Language titleField = new TeeFields.Language("title_" + suffix, title, TEXT_WITH_POSITIONS);
        doc.add(titleField);
        doc.add(new TeeFields.Neutral(Fields.TITLE_ALL, titleField, TEXT_DOCS_ONLY));
        TeeFields.Language bodyField = new TeeFields.Language("body_" + suffix, body, TEXT_WITH_OFFSETS);
        doc.add(bodyField);
        doc.add(new TeeFields.Neutral(Fields.BODY_ALL, bodyField, TEXT_DOCS_ONLY));
        for (String tag : c.tags()) {
            doc.add(new Field(Fields.TAGS, tag, TEXT_WITH_POSITIONS));
        }
        doc.add(new StoredField(Fields.LANGUAGE, c.language()));
        storeIfPresent(doc, Fields.MODULE, c.module());
        storeIfPresent(doc, Fields.CONTAINER_TYPE, c.containerType());
        storeIfPresent(doc, Fields.CONTAINER_ID, c.containerId());
        storeIfPresent(doc, Fields.CONTAINER_TITLE, c.containerTitle());
        storeIfPresent(doc, Fields.CONTAINER_TITLE_CY, c.containerTitleCy());
        storeIfPresent(doc, Fields.KIND, c.kind());
        storeIfPresent(doc, Fields.LOCALITY, c.locality());
        storeIfPresent(doc, Fields.URL, c.url());
        long created = c.created().toEpochMilli();
        doc.add(new LongPoint(Fields.CREATED, created));
        doc.add(new NumericDocValuesField(Fields.CREATED, created));
        doc.add(new StoredField(Fields.CREATED, created));

        facet(doc, Facet.MODULE, c.module());
        if (c.containerType() != null && c.containerId() != null) {
            facet(doc, Facet.CONTAINER, containerKey(c.containerType(), c.containerId()));
            // Looked up to label container facet values.
            doc.add(new StringField(Fields.CONTAINER, containerKey(c.containerType(), c.containerId()), Field.Store.NO));
        }
        if (c.parent() != null) {
            facet(doc, Facet.PARENT, c.parent().key());
            // Looked up to label parent facet values.
            doc.add(new StringField(Fields.PARENT, c.parent().key(), Field.Store.NO));
            if (c.parentTitle() != null) {
                doc.add(new StoredField(Fields.PARENT_TITLE, c.parentTitle().en()));
                doc.add(new StoredField(Fields.PARENT_TITLE_CY, c.parentTitle().cy()));
            }
        }
        facet(doc, Facet.KIND, c.kind());
        facet(doc, Facet.LOCALITY, c.locality());
        facet(doc, Facet.LANGUAGE, c.language().toLowerCase(Locale.ROOT));
        facet(doc, Facet.YEAR, Integer.toString(c.created().atZone(ZoneOffset.UTC).getYear()));
        return doc;
    }

    static String containerKey(String type, String id) {
        return type + "/" + id;
    }

    private static void storeIfPresent(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StoredField(field, value));
        }
    }

    private static void facet(Document doc, Facet facet, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(facet.key(), value));
        }
    }

    // ---------------------------------------------------------------- searching

    /** Runs a resident's search. Never throws for anything the resident typed. */
    public SearchResult search(SearchRequest request) throws IOException {
        try {
            return searchOrThrow(request);
        } catch (IndexSearcher.TooManyClauses tooComplex) {
            // Input is capped well below the clause limit; this is a last line of defence.
            return new SearchResult(0, List.of(), Map.of(), false, null, true);
        }
    }

    private SearchResult searchOrThrow(SearchRequest request) throws IOException {
        if (ranking.ranked && !request.text().isBlank()) {
            return searchRanked(request);
        }
        IndexSearcher searcher = manager.acquire();
        try {
            boolean browse = request.text().isBlank();
            if (!browse && ranking == Ranking.PLAIN_BM25) {
                return run(searcher, parser.parse(request.text(), false), request, false, false);
            }
            Query query = browse ? new MatchAllDocsQuery() : parser.parse(request.text(), true);
            if (!browse && ResidentQueryParser.isEmpty(query)) {
                return new SearchResult(0, List.of(), Map.of(), false, null, true);
            }
            SearchResult result = run(searcher, query, request, browse, false);
            if (result.total() == 0 && !browse) {
                Query any = parser.parse(request.text(), false);
                if (!any.equals(query)) {
                    SearchResult anyResult = run(searcher, any, request, false, true);
                    if (anyResult.total() > 0) {
                        result = anyResult;
                    }
                }
            }
            if (!browse && (result.total() == 0 || result.matchedAny())) {
                String suggestion = didYouMean(searcher, request);
                if (suggestion != null) {
                    result = new SearchResult(result.total(), result.hits(), result.facets(), result.matchedAny(),
                            suggestion, result.noTerms());
                }
            }
            return result;
        } finally {
            manager.release(searcher);
        }
    }

    /**
     * A resident's words, ranked: most of the words required, contributions with more (and all) of
     * them first; a word not in the index searched as its nearest indexed spelling, and the answer
     * says so ({@link SearchResult#showingResultsFor()}).
     */
    private SearchResult searchRanked(SearchRequest request) throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            SpellingCorrection.Correction correction = SpellingCorrection.find(searcher, parser,
                    ResidentQueryParser.clean(request.text()));
            ResidentQueryParser.Ranked ranked = parser.parseRanked(request.text(),
                    correction == null ? Map.of() : correction.alternatives());
            if (ResidentQueryParser.isEmpty(ranked.query())) {
                return new SearchResult(0, List.of(), Map.of(), false, null, true);
            }
            SearchResult result = run(searcher, ranked.query(), request, false, false);
            // "Matched any word" keeps its meaning: no contribution (within the filters) has every word.
            boolean someHaveAll = ranked.allWords() == null || result.total() == 0
                    || anyMatch(searcher, drillDown(ranked.allWords(), request));
            String didYouMean = null;
            if (correction == null && (result.total() == 0 || !someHaveAll)) {
                didYouMean = didYouMean(searcher, request);
            }
            return new SearchResult(result.total(), result.hits(), result.facets(), !someHaveAll, didYouMean,
                    false, correction == null ? null : correction.shown());
        } finally {
            manager.release(searcher);
        }
    }

    /** True if some live contribution matches: stops at the first, unlike a count. */
    private static boolean anyMatch(IndexSearcher searcher, Query query) throws IOException {
        org.apache.lucene.search.Weight weight = searcher.createWeight(searcher.rewrite(query),
                org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            org.apache.lucene.search.Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
            org.apache.lucene.search.DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return true;
                }
            }
        }
        return false;
    }

    private DrillDownQuery drillDown(Query query, SearchRequest request) {
        Query base = withDateRange(query, request.from(), request.until());
        DrillDownQuery ddq = new DrillDownQuery(facetsConfig, base);
        for (Map.Entry<Facet, Set<String>> f : request.filters().entrySet()) {
            for (String value : f.getValue()) {
                if (value != null && !value.isBlank()) {
                    ddq.add(f.getKey().key(), value);
                }
            }
        }
        return ddq;
    }

    private SearchResult run(IndexSearcher searcher, Query query, SearchRequest request, boolean browse,
            boolean matchedAny) throws IOException {
        DrillDownQuery ddq = drillDown(query, request);
        int window = request.offset() + request.limit();
        Sort sort = browse || request.sort() == SearchRequest.Sort.NEWEST
                ? new Sort(new SortField(Fields.CREATED, SortField.Type.LONG, true)) : null;
        SortedSetDocValuesReaderState state = searcher instanceof FacetedSearcher fs ? fs.state : null;
        TopDocs top;
        Map<Facet, List<SearchResult.FacetValue>> facets;
        if (state == null) {
            top = sort == null ? searcher.search(ddq, window) : searcher.search(ddq, window, sort);
            facets = Map.of();
        } else {
            DrillSideways ds = new DrillSideways(searcher, facetsConfig, state);
            DrillSideways.DrillSidewaysResult r = sort == null ? ds.search(ddq, window)
                    : ds.search(ddq, null, null, window, sort, false);
            top = r.hits;
            facets = facets(searcher, r.facets);
        }
        long total = top.totalHits.value;
        List<SearchResult.Hit> hits = hits(searcher, query, top, request.offset(), browse);
        return new SearchResult(total, hits, facets, matchedAny, null, false);
    }

    private static Query withDateRange(Query query, Instant from, Instant until) {
        if (from == null && until == null) {
            return query;
        }
        long lo = from == null ? Long.MIN_VALUE : from.toEpochMilli();
        long hi = until == null ? Long.MAX_VALUE : until.toEpochMilli() - 1;
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(LongPoint.newRangeQuery(Fields.CREATED, lo, hi), BooleanClause.Occur.FILTER)
                .build();
    }

    private Map<Facet, List<SearchResult.FacetValue>> facets(IndexSearcher searcher, Facets facets) throws IOException {
        Map<Facet, List<SearchResult.FacetValue>> out = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            FacetResult fr;
            try {
                fr = facets.getTopChildren(f == Facet.YEAR ? 50 : 20, f.key());
            } catch (IllegalArgumentException noSuchDimension) {
                fr = null;
            }
            List<SearchResult.FacetValue> values = new ArrayList<>();
            if (fr != null) {
                for (LabelAndValue lv : fr.labelValues) {
                    long count = lv.value.longValue();
                    if (count > 0) {
                        LocalisedText label = f == Facet.CONTAINER || f == Facet.PARENT
                                ? cachedContainerTitle(searcher, f, lv.label) : LocalisedText.of(lv.label);
                        values.add(new SearchResult.FacetValue(lv.label, label.en(), label.cy(), count));
                    }
                }
            }
            if (f == Facet.YEAR) {
                values.sort((a, b) -> b.value().compareTo(a.value()));
            }
            out.put(f, List.copyOf(values));
        }
        return out;
    }

    private LocalisedText cachedContainerTitle(IndexSearcher searcher, Facet facet, String key) throws IOException {
        String cacheKey = facet.key() + ":" + key;
        LocalisedText title = containerTitles.get(cacheKey);
        if (title == null) {
            title = containerTitle(searcher, facet, key);
            if (containerTitles.size() > MAX_CACHED_TITLES) {
                containerTitles.clear();
            }
            containerTitles.put(cacheKey, title);
        }
        return title;
    }

    /** The title a container or parent facet value is shown with, from any one document that has it. */
    private static LocalisedText containerTitle(IndexSearcher searcher, Facet facet, String key) throws IOException {
        boolean parent = facet == Facet.PARENT;
        TopDocs one = searcher.search(new TermQuery(new Term(parent ? Fields.PARENT : Fields.CONTAINER, key)), 1);
        if (one.scoreDocs.length == 0) {
            return LocalisedText.of(key);
        }
        String en = parent ? Fields.PARENT_TITLE : Fields.CONTAINER_TITLE;
        String cy = parent ? Fields.PARENT_TITLE_CY : Fields.CONTAINER_TITLE_CY;
        Document d = searcher.storedFields().document(one.scoreDocs[0].doc, Set.of(en, cy));
        String title = d.get(en);
        return title == null || title.isBlank() ? LocalisedText.of(key) : new LocalisedText(title, d.get(cy));
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, Query query, TopDocs top, int offset, boolean browse)
            throws IOException {
        ScoreDoc[] all = top.scoreDocs;
        if (offset >= all.length) {
            return List.of();
        }
        ScoreDoc[] page = java.util.Arrays.copyOfRange(all, offset, all.length);
        // Each hit's stored fields read once, body included (decompressing stored fields is most of
        // a rare word's search): the highlighter is handed the bodies rather than reading them again.
        var stored = searcher.storedFields();
        Document[] docs = new Document[page.length];
        Map<Integer, String> bodies = new HashMap<>();
        for (int i = 0; i < page.length; i++) {
            docs[i] = stored.document(page[i].doc, HIT_FIELDS_AND_BODY);
            bodies.put(page[i].doc, docs[i].get(Fields.BODY));
        }
        String[] snippets = browse ? new String[page.length] : snippets(searcher, query, page, bodies);
        List<SearchResult.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document d = docs[i];
            String snippet = snippets[i];
            if (snippet == null) {
                snippet = lead(d.get(Fields.BODY));
            }
            hits.add(new SearchResult.Hit(d.get(Fields.ID), d.get(Fields.TITLE), snippet, d.get(Fields.MODULE),
                    d.get(Fields.CONTAINER_TYPE), d.get(Fields.CONTAINER_ID), d.get(Fields.CONTAINER_TITLE),
                    d.get(Fields.KIND), d.get(Fields.LOCALITY), d.get(Fields.LANGUAGE),
                    Instant.ofEpochMilli(d.getField(Fields.CREATED).numericValue().longValue()), d.get(Fields.URL),
                    Float.isNaN(page[i].score) ? 0f : page[i].score, d.get(Fields.CONTAINER_TITLE_CY)));
        }
        return hits;
    }

    private String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] page, Map<Integer, String> bodies)
            throws IOException {
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        // Only fields this index has: for a field no segment has, the highlighter would re-analyse every
        // text into a MemoryIndex instead of reading offsets from the postings.
        Set<String> bodyFields = searcher instanceof FacetedSearcher fs ? fs.bodyFields
                : Set.of(Fields.BODY_EN, Fields.BODY_CY, Fields.BODY_OTHER);
        UnifiedHighlighter.Builder builder = new UnifiedHighlighter.Builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaskedFieldsFunc(field -> Fields.BODY.equals(field) ? bodyFields : Set.of())
                .withMaxLength(20_000)
                // Terms and phrases from the query, offsets from the postings: cheaper per hit than asking the
                // query Weight for matches in every document.
                .withWeightMatches(false)
                .withBreakIterator(() -> java.text.BreakIterator.getSentenceInstance(Locale.ROOT));
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, org.apache.lucene.search.DocIdSetIterator docIter,
                    int cacheCharsThreshold) throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docIter.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                        doc = docIter.nextDoc()) {
                    CharSequence[] row = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        String body = Fields.BODY.equals(fields[f]) ? bodies.get(doc) : null;
                        row[f] = body == null ? "" : body.length() > getMaxLength() ? body.substring(0, getMaxLength()) : body;
                    }
                    values.add(row);
                }
                return values;
            }
        };
        try {
            Map<String, String[]> map = highlighter.highlightFields(new String[] {Fields.BODY}, query, docIds,
                    new int[] {2});
            return map.getOrDefault(Fields.BODY, new String[page.length]);
        } catch (RuntimeException e) {
            return new String[page.length];
        }
    }

    /** The start of the text, escaped for HTML, when no passage matched. */
    private static String lead(String body) {
        if (body == null) {
            return "";
        }
        String s = body.length() <= SNIPPET_CHARS ? body : body.substring(0, body.lastIndexOf(' ', SNIPPET_CHARS) > 0
                ? body.lastIndexOf(' ', SNIPPET_CHARS) : SNIPPET_CHARS) + " …";
        return escape(s);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#x27;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- hints

    /**
     * A corrected query when some word matches no live contribution and a close word does, and the
     * corrected query finds something; otherwise null.
     */
    private String didYouMean(IndexSearcher searcher, SearchRequest request) throws IOException {
        String cleaned = ResidentQueryParser.clean(request.text());
        String[] words = cleaned.split("[^\\p{L}\\p{N}'’-]+");
        DirectSpellChecker spell = new DirectSpellChecker();
        spell.setMinQueryLength(3);
        IndexReader reader = searcher.getIndexReader();
        String corrected = cleaned;
        boolean changed = false;
        int checked = 0;
        for (String word : words) {
            if (word.length() < 3 || word.length() > 40) {
                continue;
            }
            if (++checked > MAX_SPELLCHECKED_WORDS) {
                break;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (liveCount(searcher, lower) > 0) {
                continue;
            }
            // SUGGEST_ALWAYS: a deleted document's lingering docFreq must not hide the hint.
            SuggestWord[] candidates = spell.suggestSimilar(new Term(Fields.BODY_ALL, lower), SPELL_CANDIDATES, reader,
                    SuggestMode.SUGGEST_ALWAYS);
            for (SuggestWord candidate : candidates) {
                if (!candidate.string.equals(lower) && liveCount(searcher, candidate.string) > 0) {
                    corrected = corrected.replace(word, candidate.string);
                    changed = true;
                    break;
                }
            }
        }
        if (!changed) {
            return null;
        }
        Query q = parser.parse(corrected, false);
        return searcher.count(q) > 0 ? corrected : null;
    }

    /** Live contributions whose text has the word as written (deleted documents do not count). */
    static int liveCount(IndexSearcher searcher, String word) throws IOException {
        return searcher.count(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.BODY_ALL, word)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.TITLE_ALL, word)), BooleanClause.Occur.SHOULD)
                .build());
    }

    /**
     * Words that start with the prefix, most used first, for type-ahead. Only words that some live
     * contribution still has are offered.
     */
    public List<String> suggest(String prefix, int max) throws IOException {
        String p = ResidentQueryParser.clean(prefix).toLowerCase(Locale.ROOT).trim();
        if (p.isEmpty() || p.contains(" ") || max <= 0) {
            return List.of();
        }
        IndexSearcher searcher = manager.acquire();
        try {
            Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Fields.BODY_ALL);
            if (terms == null) {
                return List.of();
            }
            TermsEnum te = terms.iterator();
            BytesRef prefixBytes = new BytesRef(p);
            if (te.seekCeil(prefixBytes) == TermsEnum.SeekStatus.END) {
                return List.of();
            }
            List<Map.Entry<String, Integer>> candidates = new ArrayList<>();
            for (BytesRef t = te.term(); t != null && candidates.size() < 512; t = te.next()) {
                if (!startsWith(t, prefixBytes)) {
                    break;
                }
                candidates.add(Map.entry(t.utf8ToString(), te.docFreq()));
            }
            candidates.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
            List<String> out = new ArrayList<>(max);
            for (Map.Entry<String, Integer> c : candidates) {
                if (out.size() >= max) {
                    break;
                }
                if (liveCount(searcher, c.getKey()) > 0) {
                    out.add(c.getKey());
                }
            }
            return out;
        } finally {
            manager.release(searcher);
        }
    }

    private static boolean startsWith(BytesRef term, BytesRef prefix) {
        if (term.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (term.bytes[term.offset + i] != prefix.bytes[prefix.offset + i]) {
                return false;
            }
        }
        return true;
    }

    /** Contributions most like the given one (by their words), best first; empty if it is not indexed. */
    public List<SearchResult.Hit> similar(String id, int max) throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            TopDocs self = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            int doc = self.scoreDocs[0].doc;
            Document d = searcher.storedFields().document(doc);
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {Fields.BODY_ALL, Fields.TITLE_ALL});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(2);
            mlt.setMaxQueryTerms(25);
            mlt.setStopWords(org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            Map<String, Collection<Object>> fields = new HashMap<>();
            fields.put(Fields.BODY_ALL, List.of(d.get(Fields.BODY)));
            fields.put(Fields.TITLE_ALL, List.of(d.get(Fields.TITLE)));
            Query like = mlt.like(fields);
            Query notSelf = new BooleanQuery.Builder()
                    .add(like, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.MUST_NOT)
                    .build();
            TopDocs top = searcher.search(notSelf, Math.max(1, Math.min(max, SearchRequest.MAX_LIMIT)));
            return hits(searcher, notSelf, top, 0, true);
        } finally {
            manager.release(searcher);
        }
    }

    // ---------------------------------------------------------------- state

    /** Number of contributions searchable now. */
    public int size() throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            manager.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (readOnly) {
            manager.close();
            return;
        }
        // shutdown, not shutdownNow: interrupting a commit in progress closes Lucene's file channels
        // (the write lock among them) under it. Periodic runs stop; a running one is waited for.
        committer.shutdown();
        try {
            committer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (reopenLock) {
            reopener.close();
        }
        synchronized (applyLock) {
            if (indexingPool != null) {
                indexingPool.shutdown(); // idle: applyAll waits for its work under this lock
            }
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

    /** Something done with an acquired searcher (benchmarks, diagnostics). */
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

    /** The directory this index lives in (owned by the caller). */
    Directory directory() {
        return directory;
    }

    /** An IndexSearcher carrying the facet reader state built for its reader on each refresh. */
    static final class FacetedSearcher extends IndexSearcher {
        final SortedSetDocValuesReaderState state;
        /** The language body fields some segment has (the highlighter's offset sources). */
        final Set<String> bodyFields;

        FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
            super(reader);
            this.state = stateOf(reader, config);
            org.apache.lucene.index.FieldInfos infos = org.apache.lucene.index.FieldInfos.getMergedFieldInfos(reader);
            Set<String> fields = new java.util.HashSet<>();
            for (String f : new String[] {Fields.BODY_EN, Fields.BODY_CY, Fields.BODY_OTHER}) {
                if (infos.fieldInfo(f) != null) {
                    fields.add(f);
                }
            }
            this.bodyFields = Set.copyOf(fields);
        }

        private static SortedSetDocValuesReaderState stateOf(IndexReader reader, FacetsConfig config)
                throws IOException {
            try {
                return new DefaultSortedSetDocValuesReaderState(reader, config);
            } catch (IllegalArgumentException noFacetsYet) {
                return null;
            }
        }
    }

    private static final class FacetedSearcherFactory extends SearcherFactory {
        private final FacetsConfig config;

        FacetedSearcherFactory(FacetsConfig config) {
            this.config = config;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new FacetedSearcher(reader, config);
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
