package org.folkmoot.assemblies.internal.commission;

import java.time.LocalDate;
import java.util.List;

/**
 * What an officer sends to commission (or amend) an assembly, before it is checked: the JSON
 * body of {@code POST /api/assemblies}. Texts are required in English and in Welsh.
 */
public record Commission(String id, String questionEn, String questionCy, String remitEn, String remitCy,
        String outOfScopeEn, String outOfScopeCy, String commissionedBy, String funder, List<OversightMember> oversight,
        List<Milestone> timeline, List<LocalDate> sessions, List<Question> questions, LocalDate announcedOn,
        LocalDate responseDue, Integer panelSize, LocalDate retentionUntil) {
}
