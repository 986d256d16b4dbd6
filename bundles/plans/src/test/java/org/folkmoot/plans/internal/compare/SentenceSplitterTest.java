package org.folkmoot.plans.internal.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter english = SentenceSplitter.forLanguage("en");
    private final SentenceSplitter welsh = SentenceSplitter.forLanguage("cy");

    @Test
    void splitsAtFullStopsQuestionAndExclamationMarks() {
        assertEquals(List.of("We will open the library on Saturdays.", "Who will staff it?", "Volunteers!"),
                english.split("We will open the library on Saturdays. Who will staff it? Volunteers!"));
    }

    @Test
    void englishAbbreviationsAndInitialsDoNotEndASentence() {
        assertEquals(List.of("Improve paths, e.g. the one along St. Mary's Road by Cllr. J. R. Jones's house.",
                "See reg. 14 and para. 3.2 for details."),
                english.split("Improve paths, e.g. the one along St. Mary's Road by Cllr. J. R. Jones's house. "
                        + "See reg. 14 and para. 3.2 for details."));
    }

    @Test
    void welshAbbreviationsDoNotEndASentence() {
        assertEquals(List.of("Byddwn yn gwella llwybrau, e.e. yr un ger Stryd y Castell, h.y. y llwybr i'r ysgol.",
                "Bydd y Cyng. Jones yn arwain y gwaith."),
                welsh.split("Byddwn yn gwella llwybrau, e.e. yr un ger Stryd y Castell, h.y. y llwybr i'r ysgol. "
                        + "Bydd y Cyng. Jones yn arwain y gwaith."));
    }

    @Test
    void quotesAndBracketsStayWithTheirSentence() {
        assertEquals(List.of("Residents said \"more buses.\"", "(The survey ran in May.)", "It closed."),
                english.split("Residents said \"more buses.\" (The survey ran in May.) It closed."));
    }

    @Test
    void aLowerCaseWordAfterAFullStopContinuesTheSentence() {
        assertEquals(List.of("The hall opens at 9 a.m. on weekdays and 3.5 km of paths are planned."),
                english.split("The hall opens at 9 a.m. on weekdays and 3.5 km of paths are planned."));
    }

    @Test
    void lineBreaksInsideAParagraphAreSpaces() {
        assertEquals(List.of("One line and another.", "Two."), english.split("One line\nand another.\n Two."));
    }
}
