package org.folkmoot.connector.decidim.internal.opendata;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.folkmoot.connector.decidim.internal.item.ItemType;

/**
 * The CSV files of an open-data export that hold residents' words, in the order they are imported
 * (items before the comments on them). Other files (budgets, surveys, users' data) are passed over.
 */
public enum OpenDataFile {
    PROPOSALS("proposals", ItemType.PROPOSAL, null),
    DEBATES("debates", ItemType.DEBATE, null),
    MEETINGS("meetings", ItemType.MEETING, null),
    RESULTS("results", ItemType.RESULT, null),
    PROPOSAL_COMMENTS("proposal_comments", ItemType.COMMENT, ItemType.PROPOSAL),
    DEBATE_COMMENTS("debate_comments", ItemType.COMMENT, ItemType.DEBATE),
    MEETING_COMMENTS("meeting_comments", ItemType.COMMENT, ItemType.MEETING),
    RESULT_COMMENTS("result_comments", ItemType.COMMENT, ItemType.RESULT);

    private static final Pattern NAME = Pattern.compile("(?:.*/)?(.+)-open-data-([a-z_]+)\\.csv", Pattern.CASE_INSENSITIVE);

    private final String suffix;
    private final ItemType type;
    private final ItemType commentedType;

    OpenDataFile(String suffix, ItemType type, ItemType commentedType) {
        this.suffix = suffix;
        this.type = type;
        this.commentedType = commentedType;
    }

    /** What an item in this file is. */
    public ItemType type() {
        return type;
    }

    /** For a comments file, what its comments are written on at the top of their thread; else null. */
    public ItemType commentedType() {
        return commentedType;
    }

    /** The file's name for a host, as Decidim names it. */
    public String fileName(String host) {
        return host + "-open-data-" + suffix + ".csv";
    }

    /** A ZIP entry's name read as {@code <host>-open-data-<kind>.csv}. */
    public record Named(String host, Optional<OpenDataFile> file) {
    }

    /** Reads an entry name; empty when it is not named as an open-data CSV file at all. */
    public static Optional<Named> of(String entryName) {
        Matcher m = NAME.matcher(entryName);
        if (!m.matches()) {
            return Optional.empty();
        }
        String kind = m.group(2).toLowerCase(Locale.ROOT);
        Optional<OpenDataFile> file = Optional.empty();
        for (OpenDataFile f : values()) {
            if (f.suffix.equals(kind)) {
                file = Optional.of(f);
            }
        }
        return Optional.of(new Named(m.group(1).toLowerCase(Locale.ROOT), file));
    }
}
