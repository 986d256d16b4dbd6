package org.folkmoot.connector.decidim.internal.opendata;

/**
 * What an upload may hold. A real export of a large site is a few hundred megabytes of CSV compressed
 * about ten to one; a ZIP bomb expands thousands to one.
 *
 * @param maxEntries    entries in the ZIP, every file counted
 * @param maxEntryBytes uncompressed size of one CSV file
 * @param maxTotalBytes uncompressed size of all the CSV files together
 * @param maxRatio      uncompressed to compressed size of one entry (over 1 MiB; small files compress oddly)
 */
public record OpenDataLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {

    public static final OpenDataLimits DEFAULT = new OpenDataLimits(1_000, 2L << 30, 8L << 30, 200);
}
