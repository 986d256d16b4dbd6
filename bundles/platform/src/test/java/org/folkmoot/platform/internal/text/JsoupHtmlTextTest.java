package org.folkmoot.platform.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class JsoupHtmlTextTest {

    private final JsoupHtmlText html = new JsoupHtmlText();

    @Test
    void paragraphsBecomeParagraphsAndEntitiesAreDecoded() {
        assertEquals("Fish &amp; chips? Fish & chips.\n\nSecond “para”, café.",
                html.toText("<p>Fish &amp;amp; chips? Fish &amp; chips.</p><p>Second &ldquo;para&rdquo;, caf&eacute;.</p>"));
    }

    @Test
    void listItemsAreLinesOfTheirOwn() {
        assertEquals("We ask for:\n\n- benches\n- trees\n\nThanks",
                html.toText("<p>We ask for:</p><ul><li><p>benches</p></li><li>trees</li></ul><p>Thanks</p>"));
    }

    @Test
    void scriptsStylesAndMarkupAreGone() {
        String text = html.toText("<p onclick=\"x()\">Hi <strong>there</strong><script>alert('x')</script><style>p{}</style>"
                + "<iframe src=\"https://evil\"></iframe> <a href=\"https://example.org\">link</a><img src=x onerror=alert(1)></p>");
        assertEquals("Hi there link", text);
        assertFalse(text.contains("<"));
    }

    @Test
    void lineBreaksAndWhitespace() {
        assertEquals("one\ntwo three", html.toText("<p>one<br>two\n\n   three</p>"));
        assertEquals("Heading\n\nBody", html.toText("<h2>Heading</h2>\n<div>Body</div>"));
    }

    @Test
    void plainTextKeepsItsLines() {
        assertEquals("First line\nsecond & third\n\nNew paragraph", html.toText("First   line\r\nsecond &amp; third\n\n\n\nNew paragraph  "));
        assertEquals("", html.toText(null));
        assertEquals("", html.toText("  "));
        assertEquals("3 < 4 and 5 > 2", html.toText("3 < 4 and 5 > 2"));
    }
}
