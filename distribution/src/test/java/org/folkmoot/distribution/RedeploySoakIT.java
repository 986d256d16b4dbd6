package org.folkmoot.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Redeploys that do not leak: the search module redeployed again and again under light load (its
 * API and its page, which go through Jackson and FreeMarker in the web bundle), then the live
 * class count, metaspace and the old generation after a full collection compared with their
 * values after the first redeploys. Before the fix each redeploy kept the old module's class
 * loader (about 700 classes, 3.5 MB of metaspace, 7 MB of heap) and at about 70 the runtime ran out
 * of metaspace. No request may be answered 500 meanwhile (503 with Retry-After, the promise for
 * a module that is restarting, is allowed). Also: the shipped JVM options make the runtime exit
 * on running out of memory, so that a supervisor restarts it, instead of answering 500 for ever.
 *
 * <p>The runtime runs with the shipped JVM options plus {@code -XX:SoftRefLRUPolicyMSPerMB=0}:
 * java.beans keeps introspected classes softly, which the JVM clears only when the heap runs short
 * (or metaspace does, in its last collection before failing); the flag makes every collection do
 * so, so that what is measured is what is held for good.
 */
class RedeploySoakIT {

    /**
     * Each redeploy takes 2 to 4 s on the shared 2-core machine (the module's index reopens and the
     * REST whiteboard rebuilds its application), so 30 fit in about two minutes: 20 after the
     * baseline, where the leak kept about 14,000 classes. {@code -Dsoak.redeploys=100} for the long run.
     */
    private static final int REDEPLOYS = Integer.getInteger("soak.redeploys", 30);
    private static final int BASELINE_AFTER = 10;
    private static final int CLASS_MARGIN = 400;
    private static final long METASPACE_MARGIN_KB = 3 * 1024;
    private static final long OLD_GEN_MARGIN_KB = 8 * 1024;
    private static final String TOKEN = "soak-it-admin-token-0123456789abcdef";

    @Test
    void redeployingSearchAgainAndAgainLeavesClassesMetaspaceAndHeapFlatAndAnswersNo500() throws Exception {
        try (FolkmootProcess folkmoot = FolkmootProcess.install()) {
            folkmoot.launch(Map.of("FOLKMOOT_ADMIN_TOKEN", TOKEN,
                    "FOLKMOOT_JAVA_OPTS", shippedJavaOptions() + " -XX:SoftRefLRUPolicyMSPerMB=0"));
            importSomeContributions(folkmoot);
            long pid = runtimePid(folkmoot);
            Path jar;
            try (Stream<Path> files = Files.list(folkmoot.home().resolve("deploy"))) {
                jar = files.filter(p -> p.getFileName().toString().startsWith("search-")).findFirst().orElseThrow();
            }
            LogTail activations = new LogTail(folkmoot.home().resolve("folkmoot.log"), "search: index at ");
            activations.count();

            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            Thread load = new Thread(() -> {
                String[][] requests = {{"/api/search?q=library", "application/json"}, {"/search?q=libary", "text/html"}};
                for (int i = 0; running.get(); i++) {
                    String[] request = requests[i % requests.length];
                    try {
                        HttpResponse<String> r = folkmoot.get(request[0], "Accept", request[1]);
                        // The promise for a module in the moment it goes or comes back: 503 with
                        // Retry-After, or 404 while its endpoint is away (as HotDeployIT allows).
                        boolean restarting = r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent()
                                || r.statusCode() == 404;
                        if (r.statusCode() != 200 && !restarting) {
                            failures.add(request[0] + " answered " + r.statusCode() + ": " + r.body());
                        }
                        answered.incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.add(request[0] + " failed: " + e);
                    }
                }
            }, "soak load");
            load.start();
            Footprint baseline = null;
            long started = System.nanoTime();
            try {
                for (int i = 1; i <= REDEPLOYS; i++) {
                    int before = activations.count();
                    // A new modification time is a new bundle to FileInstall: it updates the module.
                    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(i)));
                    awaitTrue(() -> activations.count() > before, "redeploy " + i + " did not activate the module");
                    folkmoot.await("/search?q=library", r -> r.statusCode() == 200, Duration.ofSeconds(30));
                    if (i == BASELINE_AFTER) {
                        baseline = Footprint.of(pid);
                        System.out.println("after " + i + " redeploys: " + baseline);
                    }
                }
            } finally {
                running.set(false);
                load.join();
            }
            Footprint end = Footprint.of(pid);
            System.out.printf("after %d redeploys (%d s, %d requests): %s%n", REDEPLOYS,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), answered.get(), end);
            if (!failures.isEmpty()) {
                List<String> log = folkmoot.log().lines().toList();
                System.out.println("---- the runtime's log, last 200 lines ----\n"
                        + String.join("\n", log.subList(Math.max(0, log.size() - 200), log.size())));
            }
            assertEquals(List.of(), List.copyOf(failures), "requests failed during redeploys");
            assertTrue(answered.get() > REDEPLOYS, "the load made only " + answered.get() + " requests");
            assertTrue(end.liveClasses() <= baseline.liveClasses() + CLASS_MARGIN,
                    "loaded classes grew from " + baseline + " to " + end);
            assertTrue(end.metaspaceKb() <= baseline.metaspaceKb() + METASPACE_MARGIN_KB,
                    "metaspace grew from " + baseline + " to " + end);
            assertTrue(end.oldGenKb() <= baseline.oldGenKb() + OLD_GEN_MARGIN_KB,
                    "the heap after a full collection grew from " + baseline + " to " + end);
        }
    }

    @Test
    void runningOutOfMemoryEndsTheRuntimeInsteadOfAnswering500ForEver() throws Exception {
        String shipped = shippedJavaOptions();
        assertTrue(shipped.contains("-XX:+ExitOnOutOfMemoryError"), shipped);
        try (FolkmootProcess folkmoot = FolkmootProcess.install()) {
            // The shipped options with a heap too small to start in: the JVM must end, not limp on.
            Process starved = startWith(folkmoot, shipped + " -Xms8m -Xmx12m");
            assertTrue(starved.waitFor(90, TimeUnit.SECONDS), "the runtime kept running after running out of memory:\n"
                    + Files.readString(folkmoot.home().resolve("oom.log")));
            String output = Files.readString(folkmoot.home().resolve("oom.log"));
            assertTrue(output.contains("Terminating due to java.lang.OutOfMemoryError"), output);
            assertTrue(starved.exitValue() != 0, output);
        }
    }

    private static Process startWith(FolkmootProcess folkmoot, String javaOptions) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(folkmoot.home().resolve("bin/folkmoot").toString(), "--port", "0",
                "--data", folkmoot.home().resolve("data").toString())
                .redirectErrorStream(true).redirectOutput(folkmoot.home().resolve("oom.log").toFile());
        builder.environment().put("FOLKMOOT_JAVA_OPTS", javaOptions);
        return builder.start();
    }

    /** The JVM options bin/folkmoot ships with, read from the script itself. */
    static String shippedJavaOptions() throws IOException {
        Matcher m = Pattern.compile("DEFAULT_OPTS=\"([^\"]+)\"")
                .matcher(Files.readString(FolkmootProcess.DISTRIBUTION.resolve("bin/folkmoot")));
        assertTrue(m.find(), "no DEFAULT_OPTS in bin/folkmoot");
        return m.group(1);
    }

    private static void importSomeContributions(FolkmootProcess folkmoot) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            lines.append("{\"externalId\": \"soak-").append(i).append("\", \"body\": \"Keep the library open late, idea ")
                    .append(i).append(".\", \"language\": \"en\"}\n");
        }
        HttpResponse<String> imported = folkmoot.send(HttpRequest.newBuilder(folkmoot.uri("/api/archive/import"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(lines.toString())));
        assertEquals(200, imported.statusCode(), imported.body());
        folkmoot.await("/api/search?q=library", r -> r.statusCode() == 200 && r.body().contains("\"total\":30"),
                Duration.ofSeconds(30));
    }

    /** bin/folkmoot execs the JVM, so the runtime is the process whose command names this installation. */
    private static long runtimePid(FolkmootProcess folkmoot) throws IOException {
        String home = "-Dfolkmoot.home=" + folkmoot.home().toRealPath();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(home)).orElse(false)
                        || p.info().commandLine().map(c -> c.contains(home + " ")).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no runtime process for " + home)).pid();
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String message) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, message);
            Thread.sleep(20);
        }
    }

    /** What the runtime holds after a full collection, read with the JDK's own jcmd and jstat. */
    record Footprint(long liveClasses, long metaspaceKb, long oldGenKb) {
        static Footprint of(long pid) throws IOException, InterruptedException {
            run("jcmd", Long.toString(pid), "GC.run");
            List<String> classes = run("jstat", "-class", Long.toString(pid));
            String[] c = classes.get(classes.size() - 1).trim().split("\\s+");
            long live = Long.parseLong(c[0]) - Long.parseLong(c[2]);
            List<String> gc = run("jstat", "-gc", Long.toString(pid));
            List<String> names = List.of(gc.get(0).trim().split("\\s+"));
            String[] values = gc.get(1).trim().split("\\s+");
            return new Footprint(live, Math.round(Double.parseDouble(values[names.indexOf("MU")])),
                    Math.round(Double.parseDouble(values[names.indexOf("OU")])));
        }

        private static List<String> run(String tool, String... args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", tool).toString()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, tool + " failed: " + out);
            return out.lines().filter(l -> !l.isBlank()).toList();
        }

        @Override
        public String toString() {
            return liveClasses + " classes, metaspace " + metaspaceKb / 1024 + " MB, old generation " + oldGenKb / 1024 + " MB";
        }
    }

    /** Counts a line's occurrences in a growing log, reading only what was added since the last look. */
    static final class LogTail {
        private final Path file;
        private final String marker;
        private long position;
        private int count;
        private String partial = "";

        LogTail(Path file, String marker) {
            this.file = file;
            this.marker = marker;
        }

        synchronized int count() {
            try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
                if (in.length() > position) {
                    byte[] added = new byte[(int) (in.length() - position)];
                    in.seek(position);
                    in.readFully(added);
                    position += added.length;
                    String text = partial + new String(added, StandardCharsets.UTF_8);
                    int lastNewline = text.lastIndexOf('\n');
                    partial = text.substring(lastNewline + 1);
                    for (String line : text.substring(0, lastNewline + 1).split("\n")) {
                        if (line.contains(marker)) {
                            count++;
                        }
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return count;
        }
    }
}
