package org.folkmoot.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.folkmoot.api.web.FormUploads;
import org.folkmoot.api.web.UploadedFile;
import org.folkmoot.api.web.UploadedForm;
import org.junit.jupiter.api.Test;

class MultipartFormReaderTest {
    private static final String TYPE = "multipart/form-data; boundary=XyZ";

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsFieldsAndTheChosenFileAndForgetsAnEmptyFileInput() throws Exception {
        String form = """
                --XyZ
                Content-Disposition: form-data; name="csrf"

                token-1
                --XyZ
                Content-Disposition: form-data; name="letters"

                3000
                --XyZ
                Content-Disposition: form-data; name="addresses"; filename="C:\\\\Users\\\\officer\\\\gazetteer.csv"
                Content-Type: text/csv

                UPRN,Address,Postcode
                100012345678,1 Talbot Road,M32 0TH
                --XyZ
                Content-Disposition: form-data; name="letter"; filename=""
                Content-Type: application/octet-stream


                --XyZ
                Content-Disposition: form-data; name="note"

                Ysgol Gymraeg – ŵyr
                --XyZ--
                """;
        UploadedFile file;
        try (UploadedForm read = new MultipartFormReader().read(TYPE, body(form))) {
            assertEquals(List.of("token-1"), read.fields("csrf"));
            assertEquals("3000", read.field("letters").orElseThrow());
            assertEquals("Ysgol Gymraeg – ŵyr", read.field("note").orElseThrow(), "fields are UTF-8");
            assertTrue(read.file("letter").isEmpty(), "an empty file input is no file");
            file = read.file("addresses").orElseThrow();
            assertEquals("gazetteer.csv", file.filename(), "the person's directories are not kept");
            assertEquals("text/csv", file.contentType());
            try (InputStream in = file.open()) {
                String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertEquals("UPRN,Address,Postcode\r\n100012345678,1 Talbot Road,M32 0TH", csv);
                assertEquals(csv.length(), file.size());
            }
        }
        assertThrows(java.io.IOException.class, file::open, "closing the form deletes its files");
    }

    @Test
    void aBodyThatIsNotAFormIsRefusedInWordsThatSayWhatToDo() {
        FormUploads.Refused refused = assertThrows(FormUploads.Refused.class,
                () -> new MultipartFormReader().read(TYPE, body("--XyZ\nContent-Disposition: form-data; name=\"a\"\n\nno end")));
        assertTrue(refused.getMessage().contains("Choose the file again"), refused.getMessage());
        assertFalse(refused.getMessage().isBlank());
    }
}
