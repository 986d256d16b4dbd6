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
 * Refuses further login attempts after too many failures in a window, counted per user name and
 * client address together, and per address over all names (four times as many, since a council
 * office may share one address). Never per name alone: then anyone who knows a resident's sign-in
 * name could lock them out from anywhere, five wrong passwords at a time. A success clears that
 * name's count at that address.
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
        for (String key : keys(user, origin)) {
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
        for (String key : keys(user, origin)) {
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

    public void succeeded(String user, String origin) {
        failures.remove(keys(user, origin)[0]);
    }

    /** The name at the address first, then the address. */
    private static String[] keys(String user, String origin) {
        return new String[] {"u:" + user + "\u0000" + origin, "o:" + origin};
    }

    private void prune(Deque<Instant> d, Instant now) {
        while (!d.isEmpty() && !d.peekFirst().plus(window).isAfter(now)) {
            d.removeFirst();
        }
    }
}
