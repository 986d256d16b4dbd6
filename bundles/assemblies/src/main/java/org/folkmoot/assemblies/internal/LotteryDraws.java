package org.folkmoot.assemblies.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.lottery.LotteryProblem;
import org.folkmoot.assemblies.internal.lottery.LotteryProgress;
import org.folkmoot.assemblies.internal.lottery.LotteryRequest;
import org.folkmoot.assemblies.internal.store.AssemblyStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The civic lottery drawn from an uploaded address file in the background, one draw at a time in
 * this runtime, so that the officers' page answers at once and shows the draw's stage and
 * percentage until it is done. What can be checked before the file is read (the seed fixed, no
 * draw yet, the letters, the weights) is refused at once; what reading the file finds (a missing
 * column, too many rows, an unclosed quote) ends the draw as refused, for the page to show beside
 * the file field. The upload is copied to a temporary file for the draw and deleted after it.
 *
 * <p>The progress is held in this runtime's memory (as the Decidim connector's imports are): with
 * several runtimes behind one address, the page that follows a draw must reach the runtime that took
 * the upload (sticky sessions), and a restart forgets a draw in progress, which then never stored
 * anything (the households are stored at once, at the end) and can be uploaded again.
 */
@Component(service = LotteryDraws.class, immediate = true)
public final class LotteryDraws {
    /** How the percentage is shared between the draw's stages (reading is most of the work). */
    private static final int READ_SHARE = 60;
    private static final int KEY_SHARE = 35;

    private final AssemblyStore store;
    private final Map<String, Progress> draws = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "assemblies-lottery-draw");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public LotteryDraws(@Reference AssemblyStore store) {
        this.store = store;
    }

    @Deactivate
    void close() {
        worker.shutdownNow();
    }

    /** The stage of a draw, as the page names it ({@code assemblies.officers.lottery.stage.<id>}). */
    public enum Stage {
        QUEUED, READING, KEYING, SAVING, DONE, REFUSED, FAILED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean working() {
            return this == QUEUED || this == READING || this == KEYING || this == SAVING;
        }
    }

    /** One draw as the page shows it. */
    public record Draw(String filename, Stage stage, int percent, Instant started, Optional<Instant> finished,
            Map<String, Wording> refusals, List<LotteryProblem> leftOut) {
    }

    /**
     * Checks what can be checked at once and starts the draw in the background.
     *
     * @param upload the address file as uploaded; copied before this returns
     * @throws Refused when the settings are wrong, the seed is not fixed, a draw is done or running
     */
    public Draw start(Assembly a, String filename, InputStream upload, Integer letters, String strataColumn, String weights)
            throws IOException {
        LotteryRun run = new LotteryRun(store);
        LotteryRequest request = run.request(a, letters, strataColumn, weights);
        Progress progress = new Progress(filename, store.clock().instant());
        Progress running = draws.compute(a.id(), (id, old) -> old != null && old.stage.working() ? old : progress);
        if (running != progress) {
            throw Refused.of("addresses", "assemblies.officers.lottery.running").withStatus(409);
        }
        Path file;
        try {
            file = Files.createTempFile("folkmoot-addresses-", ".csv");
            Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            draws.remove(a.id(), progress);
            throw e;
        }
        worker.submit(() -> draw(run, a, file, request, progress));
        return progress.view();
    }

    /** The latest draw started in this runtime for an assembly, if any. */
    public Optional<Draw> latest(String assemblyId) {
        return Optional.ofNullable(draws.get(assemblyId)).map(Progress::view);
    }

    private void draw(LotteryRun run, Assembly a, Path file, LotteryRequest request, Progress progress) {
        try {
            LotteryRun.Outcome outcome = run.draw(a, file, request, progress);
            progress.end(Stage.DONE, Map.of(), outcome.leftOut(), store.clock().instant());
        } catch (Refused r) {
            progress.end(Stage.REFUSED, r.errors(), List.of(), store.clock().instant());
        } catch (RuntimeException e) {
            progress.end(Stage.FAILED, Map.of("addresses", Wording.of("assemblies.officers.lottery.failed")), List.of(),
                    store.clock().instant());
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file the system cleans up
            }
        }
    }

    /** A draw's progress, written by the worker and read by pages. */
    static final class Progress implements LotteryProgress {
        private final String filename;
        private final Instant started;
        private volatile Stage stage = Stage.QUEUED;
        private volatile int percent;
        private volatile Instant finished;
        private volatile Map<String, Wording> refusals = Map.of();
        private volatile List<LotteryProblem> leftOut = List.of();

        Progress(String filename, Instant started) {
            this.filename = filename;
            this.started = started;
        }

        @Override
        public void update(String key, long done, long total) {
            double part = total > 0 ? Math.min(1.0, (double) done / total) : 0;
            switch (key) {
                case "lottery.progress.reading" -> move(Stage.READING, (int) (READ_SHARE * part));
                case "lottery.progress.keying" -> move(Stage.KEYING, READ_SHARE + (int) (KEY_SHARE * part));
                case LotteryRun.SAVING -> move(Stage.SAVING, READ_SHARE + KEY_SHARE + (int) (5 * part));
                default -> {
                    // another stage of the lottery's: the percentage stays where it is
                }
            }
        }

        private void move(Stage next, int at) {
            stage = next;
            percent = Math.max(percent, Math.min(99, at));
        }

        void end(Stage last, Map<String, Wording> why, List<LotteryProblem> problems, Instant at) {
            refusals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(why));
            leftOut = List.copyOf(problems);
            finished = at;
            percent = last == Stage.DONE ? 100 : percent;
            stage = last;
        }

        Draw view() {
            return new Draw(filename, stage, percent, started, Optional.ofNullable(finished), refusals, leftOut);
        }
    }
}
