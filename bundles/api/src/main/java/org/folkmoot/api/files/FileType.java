package org.folkmoot.api.files;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file Folkmoot keeps, recognised by their content; the name's extension must agree. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    CSV("text/csv", "csv");

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    /** What it is served as. */
    public String mediaType() {
        return mediaType;
    }

    /** Extensions a file name of this type may end with, lower case, without the dot. */
    public List<String> extensions() {
        return extensions;
    }

    /** The type a file name claims by its extension. */
    public static Optional<FileType> claimedBy(String filename) {
        int dot = filename == null ? -1 : filename.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (FileType t : values()) {
            if (t.extensions.contains(ext)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
