package org.folkmoot.api.web;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** A multipart form as read by {@link FormUploads}; closing it deletes its files' temporary copies. */
@ProviderType
public interface UploadedForm extends AutoCloseable {

    /** Every value sent for a text field, in order; empty when none. */
    List<String> fields(String name);

    /** The first value of a text field, if sent. */
    default Optional<String> field(String name) {
        return fields(name).stream().findFirst();
    }

    /** The file chosen in a file input, if one was. */
    Optional<UploadedFile> file(String name);

    @Override
    void close();
}
