package org.folkmoot.connector.consul.internal.client;

import java.time.Duration;

/** Waits: the real one sleeps; tests move their clock instead. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = d -> Thread.sleep(Math.max(0, d.toMillis()));

    void sleep(Duration duration) throws InterruptedException;
}
