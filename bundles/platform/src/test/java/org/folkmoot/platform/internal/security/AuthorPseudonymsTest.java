package org.folkmoot.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.folkmoot.api.security.Pseudonyms;
import org.junit.jupiter.api.Test;

class AuthorPseudonymsTest {

    private final AuthorPseudonyms one = new AuthorPseudonyms(new byte[32]);
    private final AuthorPseudonyms other = new AuthorPseudonyms("another installation's secret 32b".getBytes());

    @Test
    void aPseudonymHasTheDocumentedFormAndNeverTheName() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String name = "resident-" + i;
            String p = one.of(name);
            assertTrue(Pseudonyms.FORM.matcher(p).matches(), p);
            assertFalse(p.contains(name));
            assertTrue(seen.add(p), "distinct");
        }
    }

    @Test
    void theSameAccountAlwaysWritesUnderTheSamePseudonymHereAndADifferentOneElsewhere() {
        assertEquals(one.of("rhian"), one.of("Rhian"));
        assertNotEquals(one.of("rhian"), other.of("rhian"));
    }
}
