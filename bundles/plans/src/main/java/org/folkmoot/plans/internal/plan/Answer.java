package org.folkmoot.plans.internal.plan;

import java.time.LocalDate;

/**
 * An officer's answer to a comment: what was decided and, where the plan changed because of it,
 * the section of the later version that changed ({@code changedSection} in {@code inVersion}), and the
 * language the answer is written in ({@code en} or {@code cy}).
 */
public record Answer(String commentId, String text, Integer inVersion, String changedSection, String by, LocalDate on,
                     String language) {
    public Answer {
        language = "cy".equals(language) ? "cy" : "en";
    }

    public boolean changedThePlan() {
        return inVersion != null && changedSection != null;
    }
}
