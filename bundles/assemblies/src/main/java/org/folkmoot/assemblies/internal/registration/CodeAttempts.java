package org.folkmoot.assemblies.internal.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts wrong registration codes per client, so that nobody can try codes until one fits: after
 * {@link #LIMIT} wrong codes within {@link #WINDOW}, the client is refused until the oldest falls out.
 * Codes are 10 characters from 31 (about 49 bits); at 10 tries every 15 minutes guessing is hopeless.
 */
public final class CodeAttempts {
    public static final int LIMIT = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Instant>> wrong = new ConcurrentHashMap<>();

    public CodeAttempts(Clock clock) {
        this.clock = clock;
    }

    /** True while this client may try another code. */
    public boolean mayTry(String client) {
        Deque<Instant> times = wrong.get(client);
        if (times == null) {
            return true;
        }
        synchronized (times) {
            prune(times);
            return times.size() < LIMIT;
        }
    }

    /** Records a wrong code from this client. */
    public void wrong(String client) {
        Deque<Instant> times = wrong.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(clock.instant());
        }
        if (wrong.size() > 100_000) {
            wrong.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    private void prune(Deque<Instant> times) {
        Instant since = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.removeFirst();
        }
    }
}
