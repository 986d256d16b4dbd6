package org.folkmoot.assets.internal.calendar;

/** A line of a holiday file (bundled or a council's edits) that cannot be understood. */
public final class CalendarFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int line;

    public CalendarFormatException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
