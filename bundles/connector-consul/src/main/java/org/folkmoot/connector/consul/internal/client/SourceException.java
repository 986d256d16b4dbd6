package org.folkmoot.connector.consul.internal.client;

/** The site could not be read: what went wrong and what an officer can do about it. */
public class SourceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String advice;

    public SourceException(String message, String advice) {
        super(message);
        this.advice = advice;
    }

    public SourceException(String message, String advice, Throwable cause) {
        super(message, cause);
        this.advice = advice;
    }

    /** What to do next, in an officer's words. */
    public String advice() {
        return advice;
    }
}
