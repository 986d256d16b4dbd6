package ${package}.internal;

/** What a resident leaves on the board. */
public record Note(String text) {

    static final int MAX_LENGTH = 2_000;

    /** Why this note cannot be kept, or null when it can: the message is the answer's detail. */
    String problem() {
        if (text == null || text.isBlank()) {
            return "A note needs some text.";
        }
        if (text.length() > MAX_LENGTH) {
            return "A note is at most " + MAX_LENGTH + " characters; this one has " + text.length() + ".";
        }
        return null;
    }
}
