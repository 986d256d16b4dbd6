package org.folkmoot.plans.internal.draftimport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The parts of a DOCX or ODT this module reads, taken from its ZIP with every inflated byte counted: reading stops as
 * soon as the whole archive has inflated past {@link DraftLimits#maxInflatedBytes()}, and an entry that inflated more
 * than {@link DraftLimits#maxInflationRatio()} times its compressed size is refused, so a ZIP bomb costs a bounded
 * amount of memory and time. Entries not wanted are inflated (to be counted) and dropped.
 */
final class ZipParts {

    /** More entries than any word-processing document has. */
    private static final int MAX_ENTRIES = 10_000;

    private ZipParts() {
    }

    /** The wanted entries' bytes by name; names not in the archive are absent. */
    static Map<String, byte[]> read(byte[] zip, Set<String> wanted, DraftLimits limits) {
        Map<String, byte[]> parts = new HashMap<>();
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw inflatesTooFar();
                }
                boolean keep = wanted.contains(entry.getName()) && !parts.containsKey(entry.getName());
                ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
                long size = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    inflated += n;
                    if (inflated > limits.maxInflatedBytes()) {
                        throw inflatesTooFar();
                    }
                    if (keep) {
                        out.write(buffer, 0, n);
                    }
                }
                long compressed = entry.getCompressedSize();
                if (compressed > 0 && size > 4096 && size / compressed > limits.maxInflationRatio()) {
                    throw inflatesTooFar();
                }
                if (keep) {
                    parts.put(entry.getName(), out.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw damaged(e);
        }
        if (entries == 0) {
            throw damaged(null);
        }
        return parts;
    }

    static DraftRefused damaged(Exception cause) {
        DraftRefused refused = new DraftRefused(DraftRefused.Reason.DAMAGED,
                "The file is damaged and cannot be read" + (cause == null ? "." : ": " + cause.getMessage()), List.of());
        if (cause != null) {
            refused.initCause(cause);
        }
        return refused;
    }

    private static DraftRefused inflatesTooFar() {
        return new DraftRefused(DraftRefused.Reason.INFLATES_TOO_FAR,
                "The file expands to far more than its size, which documents never do.", List.of());
    }
}
