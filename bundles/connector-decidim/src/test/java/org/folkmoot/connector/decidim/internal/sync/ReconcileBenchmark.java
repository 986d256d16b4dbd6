package org.folkmoot.connector.decidim.internal.sync;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A reconcile over many unchanged items: the fake site with ITEMS generated proposals (default 100,000) is
 * followed once (the first look takes them all), then reconciled twice; each reconcile must write nothing to
 * the archive, and reads only the listing (50 a page). The site's pacing is left out (the harness's clock
 * moves only when the code waits), so the figures are the connector's own work: reading the answers,
 * comparing, recording progress. Usage: {@code ReconcileBenchmark [ITEMS]}; see the README for the command.
 */
public final class ReconcileBenchmark {

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        try (SyncHarness h = new SyncHarness("0.31", List.of("participatory-process:1"))) {
            ObjectMapper json = new ObjectMapper();
            for (int i = 0; i < items; i++) {
                h.decidim.add("11", proposal(json, 100_000 + i));
            }
            long t0 = System.nanoTime();
            SyncRun first = h.follower.newItems();
            report("first look", first, t0);
            long sequence = h.archive.currentSequence();
            h.writesSinceLastAsked();
            boolean wrote = false;
            for (int run = 1; run <= 2; run++) {
                long cpu0 = cpuNanos();
                t0 = System.nanoTime();
                SyncRun reconcile = h.follower.reconcile();
                report("reconcile " + run, reconcile, t0);
                Map<String, Long> writes = h.writesSinceLastAsked();
                System.out.printf("  %.1f s CPU; calls of archive methods that write: %s; sequence %s%n",
                        (cpuNanos() - cpu0) / 1e9, writes.isEmpty() ? "none" : writes,
                        h.archive.currentSequence() == sequence ? "unchanged" : "MOVED");
                wrote |= !writes.isEmpty() || h.archive.currentSequence() != sequence;
            }
            if (wrote) {
                System.out.println("FAILED: a reconcile of unchanged items wrote to the archive");
                System.exit(1);
            }
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void report(String what, SyncRun run, long t0) {
        double s = (System.nanoTime() - t0) / 1e9;
        int items = run.counts().created() + run.counts().unchanged() + run.counts().edited() + run.counts().refused();
        System.out.printf("%s: %d items in %.1f s (%.0f items/s), %d requests; %s%n", what, items, s, items / s,
                run.counts().requests(), run.counts());
    }

    static ObjectNode proposal(ObjectMapper json, int id) {
        ObjectNode p = json.createObjectNode();
        p.put("id", Integer.toString(id));
        p.set("title", text(json, "Idea " + id + " for the park"));
        p.set("body", text(json, "<p>Idea number " + id + ": more benches, more trees and a mended path.</p>"));
        p.putObject("author").put("id", Integer.toString(600 + id % 997)).put("deleted", false);
        p.put("publishedAt", "2026-10-20T09:00:00Z").put("createdAt", "2026-10-20T09:00:00Z")
                .put("updatedAt", "2026-10-20T09:00:00Z").put("versionsCount", 1).put("withdrawn", false);
        p.putArray("comments");
        return p;
    }

    private static ObjectNode text(ObjectMapper json, String text) {
        ObjectNode field = json.createObjectNode();
        ArrayNode translations = field.putArray("translations");
        translations.addObject().put("locale", "en").put("text", text).put("machineTranslated", false);
        return field;
    }
}
