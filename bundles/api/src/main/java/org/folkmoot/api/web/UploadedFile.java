package org.folkmoot.api.web;

import java.io.IOException;
import java.io.InputStream;

import org.osgi.annotation.versioning.ProviderType;

/** A file sent with a form: read it with {@link #open()} as often as needed while the form is open. */
@ProviderType
public interface UploadedFile {

    /** The name of the form's file input. */
    String field();

    /** The file's name as the person's computer gave it (without any directory). */
    String filename();

    /** The content type the browser declared, or {@code application/octet-stream}. */
    String contentType();

    /** Its size in bytes. */
    long size();

    /** Its bytes from the start. */
    InputStream open() throws IOException;
}
