package org.folkmoot.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.UploadContext;
import org.folkmoot.api.web.FormUploads;
import org.folkmoot.api.web.UploadedFile;
import org.folkmoot.api.web.UploadedForm;
import org.osgi.service.component.annotations.Component;

/**
 * {@link FormUploads} with commons-fileupload's streaming parser (the runtime's bundle; no servlet
 * request needed, so it works on the body a JAX-RS method receives). Files go to temporary files so
 * that a 50 MB address file never sits in memory; closing the form deletes them.
 */
@Component(service = FormUploads.class)
public class MultipartFormReader implements FormUploads {

    @Override
    public UploadedForm read(String contentType, InputStream body) throws Refused {
        Form form = new Form();
        try {
            FileItemIterator parts = new FileUpload().getItemIterator(new Body(contentType, body));
            while (parts.hasNext()) {
                FileItemStream part = parts.next();
                try (InputStream in = part.openStream()) {
                    if (part.isFormField()) {
                        form.fields.computeIfAbsent(part.getFieldName(), k -> new ArrayList<>())
                                .add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    } else if (part.getName() != null && !part.getName().isBlank()) {
                        form.keep(part, in);
                    }
                }
            }
            return form;
        } catch (FileUploadException | IOException | UncheckedIOException e) {
            form.close();
            throw new Refused("The form could not be read as a file upload (" + e.getMessage()
                    + "). Choose the file again and send the form from the page.", e);
        }
    }

    private static final class Form implements UploadedForm {
        private final Map<String, List<String>> fields = new LinkedHashMap<>();
        private final Map<String, Stored> files = new LinkedHashMap<>();

        void keep(FileItemStream part, InputStream in) throws IOException {
            Path copy = Files.createTempFile("folkmoot-upload-", ".part");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            Stored earlier = files.put(part.getFieldName(), new Stored(part.getFieldName(), baseName(part.getName()),
                    part.getContentType() == null ? "application/octet-stream" : part.getContentType(), Files.size(copy), copy));
            if (earlier != null) {
                Files.deleteIfExists(earlier.path());
            }
        }

        @Override
        public List<String> fields(String name) {
            return List.copyOf(fields.getOrDefault(name, List.of()));
        }

        @Override
        public Optional<UploadedFile> file(String name) {
            return Optional.ofNullable(files.get(name));
        }

        @Override
        public void close() {
            for (Stored file : files.values()) {
                try {
                    Files.deleteIfExists(file.path());
                } catch (IOException e) {
                    file.path().toFile().deleteOnExit();
                }
            }
            files.clear();
        }

        /** Old browsers send the whole path of the file on the person's computer: keep only its name. */
        private static String baseName(String name) {
            return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        }
    }

    private record Stored(String field, String filename, String contentType, long size, Path path) implements UploadedFile {
        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }
    }

    /** The body as commons-fileupload's streaming parser reads it. */
    private record Body(String contentType, InputStream body) implements UploadContext {
        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        @Deprecated
        public int getContentLength() {
            return -1;
        }

        @Override
        public long contentLength() {
            return -1;
        }

        @Override
        public InputStream getInputStream() {
            return body;
        }
    }
}
