package org.folkmoot.web.internal;

import java.io.IOException;

/** Thrown while reading a request body that passes its limit; answered with 413. */
final class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long limit) {
        super("The request body is larger than this endpoint accepts (" + LimitedInputStream.human(limit)
                + "). Send a smaller body, or split it into several requests.");
    }
}
