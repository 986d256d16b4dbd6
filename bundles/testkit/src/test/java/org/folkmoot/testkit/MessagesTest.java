package org.folkmoot.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessagesTest {

    @TempDir
    Path home;

    private Messages install() throws IOException {
        Files.createDirectories(home.resolve("bundle/4"));
        Files.createDirectories(home.resolve("system"));
        try (OutputStream out = Files.newOutputStream(home.resolve("bundle/4/module.jar"));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "l10n/messages.properties", """
                    problem.notfound=We could not find that page. Check the address.
                    count={0} assets found in {1}
                    search=Search
                    brand=Folkmoot
                    act=Community Empowerment (Scotland) Act 2015 applies
                    switch=Cymraeg
                    """);
            put(zip, "l10n/messages_cy.properties", """
                    problem.notfound=Ni allem ddod o hyd i'r dudalen honno.
                    count={0} o asedau yn {1}
                    search=Chwilio
                    brand=Folkmoot
                    act=Mae Community Empowerment (Scotland) Act 2015 yn berthnasol
                    switch=English
                    language.cy=Cymraeg
                    """);
        }
        return Messages.ofInstallation(home);
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void findsEnglishMessagesFilledInOrWholeOnAWelshPage() throws IOException {
        Messages messages = install();
        assertEquals(5, messages.differingMessages(), "the brand is the same in both languages");
        assertEquals("problem.notfound", messages.englishIn("  We could not find that page.\n").get(0).key());
        assertEquals("count", messages.englishIn("12 assets found in Cheltenham").get(0).key());
        assertEquals("search", messages.englishIn("Search").get(0).key());
        assertEquals("search", messages.englishIn("Search (300)").get(0).key(), "a facet value with its count");
        assertEquals("HTTP reason phrase", messages.englishIn("Not Found").get(0).key(), "a problem's title by default");
    }

    @Test
    void leavesWelshAndSharedNamesAlone() throws IOException {
        Messages messages = install();
        assertEquals(List.of(), messages.englishIn("Ni allem ddod o hyd i'r dudalen honno."));
        assertEquals(List.of(), messages.englishIn("Chwilio am Search and Rescue"), "one word inside a sentence is not a page in English");
        assertEquals(List.of(), messages.englishIn("Folkmoot"));
        assertEquals(List.of(), messages.englishIn("Cymraeg (60)"), "the English switch's word is Welsh");
        assertTrue(messages.englishIn("Mae Community Empowerment (Scotland) Act 2015 yn berthnasol").isEmpty(),
                "a statute's name is in the Welsh message too");
    }
}
