package org.folkmoot.sortition.internal.core;

/**
 * Bad input from the user: the message says what is wrong in words an officer understands
 * (which file, which row, which value) and is shown as it is.
 */
public class SortitionInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public SortitionInputException(String message) {
        super(message);
    }
}
