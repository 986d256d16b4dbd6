package org.folkmoot.search.internal.index;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.folkmoot.testkit.TestFiles;

/** Search after import, restart, more changes while down, and after the index directory is deleted. */
class RestartAndRebuildTest {

    /** An in-memory archive: the sequence of changes, in order. */
    static class Archive implements ContributionFeed {
        final List<IndexedContribution> changes = new ArrayList<>();

        @Override
        public synchronized List<IndexedContribution> changesAfter(long after, int max) {
            return changes.stream().filter(c -> c.sequence() > after).limit(max).toList();
        }

        @Override
        public synchronized long latestSequence() {
            return changes.isEmpty() ? 0 : changes.get(changes.size() - 1).sequence();
        }

        synchronized IndexedContribution add(IndexedContribution c) {
            changes.add(c);
            return c;
        }
    }

    @TempDir
    Path dir;

    private final Contributions c = new Contributions();

    private ContributionIndex open(Path path) throws Exception {
        return new ContributionIndex(FSDirectory.open(path), ContributionIndex.Settings.defaults());
    }

    private static long total(ContributionIndex index, String q) throws Exception {
        return index.search(SearchRequest.of(q)).total();
    }

    @Test
    void aGapAtTheEndOfTheArchiveIsPassedAndCommittedSoTheIndexIsNotForeverBehind() throws Exception {
        // The archive skips ahead at each restart: its latest sequence may belong to no change.
        Archive archive = new Archive() {
            @Override
            public synchronized long latestSequence() {
                return super.latestSequence() + 1_000_000;
            }
        };
        archive.add(c.en("1", "Bins", "Empty the bins weekly."));
        Path path = dir.resolve("gap");
        try (ContributionIndex index = open(path)) {
            IndexFollower follower = new IndexFollower(index, archive, 100);
            assertEquals(1, follower.catchUp());
            assertEquals(1_000_001, index.lastAppliedSequence());
            assertEquals(0, follower.catchUp(), "nothing to apply the second time");
        }
        try (FSDirectory d = FSDirectory.open(path)) {
            assertEquals(1_000_001, ContributionIndex.committedSequence(d));
        }
    }

    @Test
    void anIndexWithAnOlderLayoutIsRebuiltNotRefused() throws Exception {
        // Layout 1 indexed body_all with frequencies; Lucene refuses to change a field's options in place.
        Path path = dir.resolve("old-layout");
        try (FSDirectory d = FSDirectory.open(path);
             org.apache.lucene.index.IndexWriter old = new org.apache.lucene.index.IndexWriter(d,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            org.apache.lucene.document.FieldType freqs = new org.apache.lucene.document.FieldType(
                    org.apache.lucene.document.TextField.TYPE_NOT_STORED);
            freqs.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS);
            org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.Field(Fields.BODY_ALL, "old bins", freqs));
            old.addDocument(doc);
            old.setLiveCommitData(java.util.Map.of(Fields.COMMIT_SEQUENCE, "41").entrySet());
            old.commit();
        }
        Archive archive = new Archive();
        archive.add(c.en("1", "Bins", "Empty the bins weekly."));
        try (ContributionIndex index = open(path)) {
            assertEquals(0, index.lastAppliedSequence(), "an old layout is rebuilt from the start");
            assertEquals(1, new IndexFollower(index, archive, 100).catchUp());
            assertTrue(index.awaitSearchable(5_000));
            assertEquals(1, total(index, "bins"));
            assertEquals(1, index.size());
        }
    }

    @Test
    void progressIsMeasuredFromTheFirstChangeSoSequenceGapsDoNotInflateIt() {
        // The archive skips a million sequence numbers at each restart: 0 .. 1,000,001 is not 99% done.
        IndexFollower.Progress p = new IndexFollower.Progress(1_000_100, 1_000_400, true, 0, 1_000_000, 100, -1);
        assertEquals(0.25, p.fraction(), 1e-9);
        // Counted in changes where the total is known: 100 of 400 changes is a quarter, wherever the
        // gaps are (here the last change is far below the sequence the archive has reached).
        assertEquals(0.25, new IndexFollower.Progress(100, 4_000_000, true, 0, 0, 100, 400).fraction(), 1e-9);
        assertEquals(1.0, new IndexFollower.Progress(7, 7, false, 0).fraction());
        assertEquals(0.0, new IndexFollower.Progress(0, 5, true, 0).fraction());
    }

    @Test
    void followsTheArchiveAcrossRestartsAndRebuildsADeletedIndex() throws Exception {
        Archive archive = new Archive();
        for (int i = 0; i < 250; i++) {
            archive.add(c.en("c" + i, "Recycling " + i, "Recycling centre opening hours, comment " + i));
        }
        IndexedContribution welsh = archive.add(c.cy("w", "Ailgylchu", "Mae'r ganolfan ailgylchu yng Nghaerdydd ar gau."));
        Path indexDir = dir.resolve("index");

        // Import.
        try (ContributionIndex index = open(indexDir)) {
            IndexFollower follower = new IndexFollower(index, archive, 100);
            assertEquals(251, follower.catchUp());
            assertTrue(index.awaitSearchable(5_000));
            assertEquals(250, total(index, "recycling"));
            assertEquals(1, total(index, "caerdydd"));
            assertEquals(1.0, follower.progress().fraction());
        }
        // The sequence went into the commit at close.
        try (FSDirectory d = FSDirectory.open(indexDir)) {
            assertEquals(archive.latestSequence(), ContributionIndex.committedSequence(d));
        }

        // While search is down the archive moves on: one hidden, one erased, one new.
        archive.add(c.withState(archive.changes.get(0), IndexedContribution.State.HIDDEN));
        archive.add(c.withState(welsh, IndexedContribution.State.ERASED));
        archive.add(c.en("late", "Late", "A late comment about the tip."));

        // Restart: resumes from the committed sequence, applies only what is new.
        try (ContributionIndex index = open(indexDir)) {
            assertEquals(251, index.lastAppliedSequence());
            IndexFollower follower = new IndexFollower(index, archive, 100);
            assertEquals(3, follower.catchUp());
            assertTrue(index.awaitSearchable(5_000));
            assertEquals(249, total(index, "recycling"));
            assertEquals(0, total(index, "caerdydd"));
            assertEquals(1, total(index, "tip"));
        }

        // Delete the index directory: the next start rebuilds everything from the archive.
        TestFiles.deleteTree(indexDir);
        try (ContributionIndex index = open(indexDir)) {
            assertEquals(0, index.lastAppliedSequence());
            IndexFollower follower = new IndexFollower(index, archive, 50);
            assertEquals(archive.changes.size(), follower.catchUp());
            assertTrue(index.awaitSearchable(5_000));
            assertEquals(249, total(index, "recycling"));
            assertEquals(0, total(index, "caerdydd"));
            assertEquals(1, total(index, "tip"));
            assertEquals(250, index.size());
        }
    }

    @Test
    void erasedTextLeavesTheDisk() throws Exception {
        Path p = dir.resolve("erasure");
        String secret = "Zorblaxian-Quimbleworth";
        try (ContributionIndex index = open(p)) {
            List<IndexedContribution> many = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                many.add(c.en("k" + i, "Kept " + i, "Ordinary comment number " + i + " about street lighting."));
            }
            index.applyAll(many);
            IndexedContribution personal = c.en("secret", "About me", "My name is " + secret + " and I live nearby.");
            index.apply(personal);
            index.commit();
            assertTrue(onDisk(p, secret), "the test must see the text on disk before erasure");
            index.apply(c.withState(personal, IndexedContribution.State.ERASED));
            index.commit();
        }
        assertTrue(!onDisk(p, secret), "erased text is still in the index files");
        try (ContributionIndex index = open(p)) {
            assertEquals(50, index.size());
        }
    }

    private static boolean onDisk(Path dir, String text) throws Exception {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                byte[] bytes = Files.readAllBytes(f);
                outer:
                for (int i = 0; i + needle.length <= bytes.length; i++) {
                    for (int j = 0; j < needle.length; j++) {
                        if (bytes[i + j] != needle[j]) {
                            continue outer;
                        }
                    }
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void anUnreadableIndexIsStartedAfreshAndRebuilt() throws Exception {
        Path p = dir.resolve("corrupt");
        RestartAndRebuildTest.Archive archive = new RestartAndRebuildTest.Archive();
        archive.add(c.en("1", "Library", "library hours"));
        try (ContributionIndex index = ContributionIndex.openOnDisk(p, ContributionIndex.Settings.defaults())) {
            new IndexFollower(index, archive, 10).catchUp();
        }
        try (Stream<Path> files = Files.list(p)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().startsWith("segments_")) {
                    byte[] b = Files.readAllBytes(f);
                    b[b.length / 2] ^= 0x5A;
                    Files.write(f, b);
                }
            }
        }
        try (ContributionIndex index = ContributionIndex.openOnDisk(p, ContributionIndex.Settings.defaults())) {
            assertEquals(0, index.lastAppliedSequence());
            assertEquals(1, new IndexFollower(index, archive, 10).catchUp());
            assertTrue(index.awaitSearchable(5_000));
            assertEquals(1, total(index, "library"));
        }
    }

    @Test
    void replayingChangesAlreadyAppliedChangesNothing() throws Exception {
        try (ContributionIndex index = open(dir.resolve("replay"))) {
            IndexedContribution first = c.en("1", "Benches", "More benches please.");
            IndexedContribution hidden = c.withState(first, IndexedContribution.State.HIDDEN);
            index.apply(first);
            index.apply(hidden);
            index.apply(first); // an old change arriving again must not resurrect it
            assertTrue(index.awaitSearchable(5_000));
            assertEquals(0, total(index, "benches"));
        }
    }

    @Test
    void scheduledCommitRecordsTheSequenceWithoutClosing() throws Exception {
        Path p = dir.resolve("scheduled");
        try (ContributionIndex index = new ContributionIndex(FSDirectory.open(p),
                new ContributionIndex.Settings(0.25, 0.01, 100, 16));
             FSDirectory d = FSDirectory.open(p)) {
            index.apply(c.en("1", "Bins", "bins"));
            // The schedule is 100 ms; the wait is long because the machine may be busy, not the index slow.
            await("the scheduled commit").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                    .ignoreException(org.apache.lucene.index.IndexNotFoundException.class) // no commit yet
                    .until(() -> ContributionIndex.committedSequence(d) == 1);
        }
    }
}
