package org.folkmoot.api.files;

import java.time.Instant;

/**
 * A stored file's description; its bytes are read with {@link Attachments#copyContent}.
 *
 * @param id       unique id, used in {@code /api/files/{id}}
 * @param sha256   hex SHA-256 of the content, computed as it was stored
 * @param readRole empty when anyone may download it, else the role needed
 */
public record Attachment(String id, String module, String owner, String filename, FileType type, long size,
        String sha256, String uploader, String readRole, Instant created) {

    public boolean isPublic() {
        return readRole.isEmpty();
    }
}
