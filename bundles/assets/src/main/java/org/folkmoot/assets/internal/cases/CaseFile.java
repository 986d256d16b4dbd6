package org.folkmoot.assets.internal.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What every kind of case shares: an id, a state, a timeline of events stamped by an injected
 * clock, and the checks every step makes (the state allows it; its legal date is neither in the
 * future nor before the previous step).
 */
public abstract class CaseFile<S extends Enum<S>> {
    /** UK statutory dates are reckoned in UK local time. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private final String id;
    protected final Clock clock;
    private S state;
    private final List<CaseEvent> events = new ArrayList<>();
    private LocalDate lastEffectiveDate;

    protected CaseFile(String id, S initial, Clock clock) {
        if (id == null || id.isBlank()) {
            throw CaseException.invalid("a case needs a reference");
        }
        this.id = id.strip();
        this.state = Objects.requireNonNull(initial);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public String id() {
        return id;
    }

    public S state() {
        return state;
    }

    /** The timeline, oldest first. */
    public List<CaseEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** Today in the UK, by the injected clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    /** The deadlines that apply in the case's current state. */
    public abstract List<Deadline> deadlines();

    /** What this kind of case is called in messages ("asset transfer request"). */
    protected abstract String noun();

    @SafeVarargs
    protected final void requireState(String action, S... allowed) {
        if (!Arrays.asList(allowed).contains(state)) {
            throw CaseException.refused(CaseException.Kind.WRONG_STATE, null, "assets.refusal.state", action, noun(), id, state);
        }
    }

    protected static void require(boolean ok, String message) {
        if (!ok) {
            throw CaseException.invalid(message);
        }
    }

    /** As {@link #require(boolean, String)}, for a refusal caused by the step's argument {@code field}. */
    protected static void require(boolean ok, String field, String message) {
        if (!ok) {
            throw CaseException.invalid(field, message);
        }
    }

    /**
     * Refuses (422) unless {@code ok}, with the module's message {@code key} (English for the API,
     * the page's language on the pages); the refusal is about the step's date or the case.
     */
    protected static void refuseUnless(boolean ok, String key, Object... args) {
        if (!ok) {
            throw CaseException.refused(CaseException.Kind.INVALID, null, key, args);
        }
    }

    /** As {@link #refuseUnless(boolean, String, Object...)}, for a refusal caused by the step's argument {@code field}. */
    protected static void refuseFieldUnless(boolean ok, String field, String key, Object... args) {
        if (!ok) {
            throw CaseException.refused(CaseException.Kind.INVALID, field, key, args);
        }
    }

    /** A step the case's state does not allow now (409), with the module's message {@code key}. */
    protected static CaseException wrongState(String key, Object... args) {
        return CaseException.refused(CaseException.Kind.WRONG_STATE, null, key, args);
    }

    protected void checkDate(Act act) {
        LocalDate today = today();
        refuseUnless(!act.date().isAfter(today), "assets.refusal.future", act.date(), today);
        if (lastEffectiveDate != null) {
            refuseUnless(!act.date().isBefore(lastEffectiveDate), "assets.refusal.beforePrevious", act.date(), lastEffectiveDate);
        }
    }

    /**
     * Checks the date, moves to {@code to} and records the event with the step's arguments
     * ({@code args} as name, value pairs; null values are left out).
     */
    protected void transition(S to, String type, Act act, String detail, Object... args) {
        checkDate(act);
        S from = state;
        state = to;
        lastEffectiveDate = act.date();
        String text = act.note().isEmpty() ? detail : (detail.isEmpty() ? act.note() : detail + ". " + act.note());
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i + 1] != null) {
                named.put(String.valueOf(args[i]), String.valueOf(args[i + 1]));
            }
        }
        if (!act.note().isEmpty()) {
            named.put("note", act.note());
        }
        events.add(new CaseEvent(events.size() + 1, clock.instant(), type, from.name(), to.name(), act.date(),
                act.actor(), text, named));
    }

    /** Records an event that does not change the state. */
    protected void note(String type, Act act, String detail, Object... args) {
        transition(state, type, act, detail, args);
    }

    public static String describe(Enum<?> state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
