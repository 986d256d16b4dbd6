package org.folkmoot.platform.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.folkmoot.platform.internal.TestDb;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A 50 MB upload and download in a JVM with a 32 MiB heap, on H2 and PostgreSQL: holding the file
 * whole anywhere, in or out, runs out of memory and fails the test.
 */
class LargeFileTest {

    @TempDir
    Path tmp;

    static Stream<String> kinds() {
        return TestDb.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void fiftyMegabytesStreamThroughASmallHeap(String kind) throws Exception {
        TestDb.open(kind, tmp).close(); // skips (or fails under CI) as the other database tests do
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx32m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                LargeFile.class.getName(), kind, tmp.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), output);
        Matcher m = Pattern.compile("stored (\\w+) read (\\w+) (\\d+) expected (\\w+)").matcher(output);
        assertTrue(m.find(), output);
        assertEquals(m.group(4), m.group(1), "the SHA-256 kept is the content's");
        assertEquals(m.group(4), m.group(2), "what is read back is what was sent");
        assertEquals(Long.toString(LargeFile.SIZE), m.group(3));
    }
}
