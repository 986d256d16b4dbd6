package org.folkmoot.platform.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses further login attempts for a user name or a client address after too many failures in a
 * window; a success clears the user name's count.
 */
public final class LoginRateLimiter {

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginRateLimiter(Clock clock, int maxFailures, Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** How long to wait before trying again, when blocked. */
    public Optional<Duration> blocked(String user, String origin) {
        Instant now = clock.instant();
        Duration wait = null;
        for (String key : new String[] {"u:" + user, "o:" + origin}) {
            Deque<Instant> d = failures.get(key);
            if (d == null) {
                continue;
            }
            synchronized (d) {
                prune(d, now);
                // An address gets more room than one account: a council office may share one address.
                int limit = key.startsWith("o:") ? maxFailures * 4 : maxFailures;
                if (d.size() >= limit) {
                    Duration w = Duration.between(now, d.peekFirst().plus(window));
                    wait = wait == null || w.compareTo(wait) > 0 ? w : wait;
                }
            }
        }
        return Optional.ofNullable(wait);
    }

    public void failed(String user, String origin) {
        Instant now = clock.instant();
        for (String key : new String[] {"u:" + user, "o:" + origin}) {
            Deque<Instant> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (d) {
                prune(d, now);
                d.addLast(now);
            }
        }
        if (failures.size() > 100_000) {
            failures.clear();
        }
    }

    public void succeeded(String user) {
        failures.remove("u:" + user);
    }

    private void prune(Deque<Instant> d, Instant now) {
        while (!d.isEmpty() && !d.peekFirst().plus(window).isAfter(now)) {
            d.removeFirst();
        }
    }
}
