package org.folkmoot.plans.internal.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A consultation window on one published version, at one of the plan type's stages (a
 * neighbourhood plan's reg. 14 pre-submission consultation), from {@code opens} to {@code closes}
 * inclusive, with the rule it was checked against and the bodies consulted.
 */
public record Consultation(int id, int version, String stage, LocalDate opens, LocalDate closes, int minimumDays,
                           String citation, String howPublicised, List<Consultee> consultees, String openedBy) {
    public Consultation {
        consultees = List.copyOf(consultees);
        howPublicised = howPublicised == null ? "" : howPublicised.strip();
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opens) && !day.isAfter(closes);
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !from.isAfter(closes) && !to.isBefore(opens);
    }

    Consultation withConsultee(Consultee c) {
        List<Consultee> list = new ArrayList<>(consultees);
        list.add(c);
        return new Consultation(id, version, stage, opens, closes, minimumDays, citation, howPublicised, list, openedBy);
    }

    Consultation withConsultee(int index, Consultee c) {
        List<Consultee> list = new ArrayList<>(consultees);
        list.set(index, c);
        return new Consultation(id, version, stage, opens, closes, minimumDays, citation, howPublicised, list, openedBy);
    }
}
