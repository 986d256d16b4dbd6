package org.folkmoot.assets.internal.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where cases are kept: each case's timeline (the record) plus rows derived from it after every
 * step (state, deadlines, disposal lock) for queries. A case is loaded by replaying its timeline
 * ({@link CaseReplay}).
 */
public interface CaseRepository {

    /** A stored case: what {@link CaseReplay} needs to rebuild it. */
    record StoredCase(String id, CaseKind kind, String state, List<CaseEvent> events) {
    }

    /**
     * Stores the case's events after the first {@code expectedVersion} and refreshes its derived
     * rows, all or nothing.
     *
     * @throws CaseException (409) when someone else changed the case meanwhile
     */
    void save(CaseFile<?> c, int expectedVersion);

    Optional<StoredCase> find(String id);

    /** The ids of every case of a kind, in id order. */
    List<String> ids(CaseKind kind);

    /** Deadlines of open cases with a last day on or before {@code until} (overdue and upcoming), soonest first. */
    List<Deadline> deadlinesUntil(LocalDate until);

    /** One deadline of a case as it stands now; empty when it no longer runs. */
    Optional<Deadline> deadline(String caseId, String key);

    /** Live disposal locks on the land. */
    List<DisposalLock> locksOn(String uprn, String assetCode);

    /** Every live disposal lock (to show on the register). */
    List<DisposalLock> allLocks();
}
