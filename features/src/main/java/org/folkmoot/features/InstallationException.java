package org.folkmoot.features;

/** The installation cannot do what was asked: the message says why and what to do. */
public class InstallationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InstallationException(String message) {
        super(message);
    }

    public InstallationException(String message, Throwable cause) {
        super(message, cause);
    }
}
