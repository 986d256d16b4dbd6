package org.folkmoot.connector.decidim.internal.opendata;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An uploaded {@code open-data.zip}, checked before any of it is read: a ZIP, within the limits, and the
 * export of the site it is imported for. Its open-data CSV files are listed in import order; reading one
 * stops with an error as soon as it expands past what its entry declared or past the limits.
 */
public final class OpenDataZip implements Closeable {

    /** One CSV file of the export. */
    public record Entry(OpenDataFile file, String name, ZipEntry zipEntry) {
    }

    private final ZipFile zip;
    private final List<Entry> entries;
    private final List<String> passedOver;
    private final OpenDataLimits limits;
    private long totalRead;

    private OpenDataZip(ZipFile zip, List<Entry> entries, List<String> passedOver, OpenDataLimits limits) {
        this.zip = zip;
        this.entries = entries;
        this.passedOver = passedOver;
        this.limits = limits;
    }

    /**
     * Opens and checks an upload.
     *
     * @param host the host of the site it is imported for: every open-data file must be named after it
     */
    public static OpenDataZip open(Path file, String host, OpenDataLimits limits) throws OpenDataRefused {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new OpenDataRefused(OpenDataMessage.of("refused.notZip"));
        } catch (IOException e) {
            throw new OpenDataRefused(OpenDataMessage.of("refused.unreadableZip", String.valueOf(e.getMessage())), e);
        }
        try {
            return check(zip, host, limits);
        } catch (OpenDataRefused | RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static OpenDataZip check(ZipFile zip, String host, OpenDataLimits limits) throws OpenDataRefused {
        if (zip.size() > limits.maxEntries()) {
            throw new OpenDataRefused(OpenDataMessage.of("refused.tooManyFiles", zip.size(), limits.maxEntries()));
        }
        List<Entry> entries = new ArrayList<>();
        List<String> passedOver = new ArrayList<>();
        long declaredTotal = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            if (e.isDirectory()) {
                continue;
            }
            var named = OpenDataFile.of(e.getName());
            if (named.isEmpty() || named.get().file().isEmpty()) {
                passedOver.add(e.getName());
                continue;
            }
            if (!named.get().host().equals(host)) {
                throw new OpenDataRefused(OpenDataMessage.of("refused.otherSite", e.getName(), named.get().host(), host));
            }
            long size = e.getSize();
            if (size > limits.maxEntryBytes()) {
                throw new OpenDataRefused(OpenDataMessage.of("refused.entryTooBig", e.getName(), size, limits.maxEntryBytes()));
            }
            long compressed = e.getCompressedSize();
            if (size > (1 << 20) && compressed > 0 && size / compressed > limits.maxRatio()) {
                throw new OpenDataRefused(OpenDataMessage.of("refused.bomb", e.getName(), size / compressed));
            }
            declaredTotal += Math.max(size, 0);
            entries.add(new Entry(named.get().file().get(), e.getName(), e));
        }
        if (declaredTotal > limits.maxTotalBytes()) {
            throw new OpenDataRefused(OpenDataMessage.of("refused.tooBigInAll", declaredTotal, limits.maxTotalBytes()));
        }
        if (entries.isEmpty()) {
            throw new OpenDataRefused(OpenDataMessage.of("refused.noFiles", host));
        }
        entries.sort(Comparator.comparing(Entry::file));
        return new OpenDataZip(zip, List.copyOf(entries), List.copyOf(passedOver), limits);
    }

    /** The open-data CSV files, items before comments. */
    public List<Entry> entries() {
        return entries;
    }

    /** Files of the ZIP that are not open-data CSV files Folkmoot imports (budgets, surveys...). */
    public List<String> passedOver() {
        return passedOver;
    }

    /** Reads one file, held to what its entry declared and to the limits. */
    public InputStream read(Entry entry) throws IOException {
        long declared = entry.zipEntry().getSize();
        long allowed = declared >= 0 ? Math.min(declared, limits.maxEntryBytes()) : limits.maxEntryBytes();
        return new Bounded(zip.getInputStream(entry.zipEntry()), entry.name(), allowed);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // the upload is refused either way
        }
    }

    /** Stops a file that expands past its declared size or the limits (a forged entry header). */
    private final class Bounded extends FilterInputStream {
        private final String name;
        private final long allowed;
        private long read;

        Bounded(InputStream in, String name, long allowed) {
            super(in);
            this.name = name;
            this.allowed = allowed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            totalRead += n;
            if (read > allowed || totalRead > 2 * limits.maxTotalBytes()) {
                throw new OversizedEntry(name, allowed);
            }
        }
    }

    /** A file expanded past what it may. */
    public static final class OversizedEntry extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient OpenDataMessage said;

        OversizedEntry(String name, long allowed) {
            this(OpenDataMessage.of("refused.expandsPast", name, allowed));
        }

        private OversizedEntry(OpenDataMessage said) {
            super(said.english());
            this.said = said;
        }

        public OpenDataMessage said() {
            return said;
        }
    }
}
