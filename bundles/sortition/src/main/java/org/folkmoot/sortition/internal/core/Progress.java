package org.folkmoot.sortition.internal.core;

/** Receives a line now and then during a long computation (the command line prints them on stderr). */
@FunctionalInterface
public interface Progress {
    Progress NONE = line -> { };

    void report(String line);
}
