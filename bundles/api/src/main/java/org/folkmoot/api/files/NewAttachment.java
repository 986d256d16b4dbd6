package org.folkmoot.api.files;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a module says about a file it stores.
 *
 * @param module   the owning module's id: its size limit applies
 * @param owner    what owns the file in the module (a case id, a plan version...); deleting the
 *                 owner deletes its files with {@link Attachments#deleteByOwner}
 * @param filename the name the uploader gave; its extension must agree with the content
 * @param uploader pseudonymous author id of whoever uploaded it (erasing that author removes the file);
 *                 empty for the council's own documents
 * @param readRole who may download it: empty for anyone, or a role id such as {@code assets.officer}
 *                 (admins always may)
 * @param accepted the types this owner takes; empty for every {@link FileType}
 */
public record NewAttachment(String module, String owner, String filename, String uploader, String readRole,
        Set<FileType> accepted) {

    public NewAttachment {
        if (module == null || module.isBlank() || owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("A file needs its module and owner");
        }
        filename = filename == null ? "" : filename.strip();
        uploader = uploader == null ? "" : uploader;
        readRole = readRole == null ? "" : readRole;
        accepted = accepted == null || accepted.isEmpty() ? EnumSet.allOf(FileType.class) : Set.copyOf(accepted);
    }

    /** A file anyone may download, of any accepted type. */
    public static NewAttachment published(String module, String owner, String filename, String uploader) {
        return new NewAttachment(module, owner, filename, uploader, "", Set.of());
    }
}
