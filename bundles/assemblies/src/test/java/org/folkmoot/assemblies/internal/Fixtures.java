package org.folkmoot.assemblies.internal;

import java.time.LocalDate;
import java.util.List;

import org.folkmoot.assemblies.internal.commission.Commission;
import org.folkmoot.assemblies.internal.commission.Milestone;
import org.folkmoot.assemblies.internal.commission.OversightMember;
import org.folkmoot.assemblies.internal.commission.Question;
import org.folkmoot.assemblies.internal.commission.Question.Answer;

/** A made-up assembly for the tests: three questions (gender, age from the date of birth, area). */
public final class Fixtures {
    private Fixtures() {
    }

    public static final List<Question> QUESTIONS = List.of(
            new Question("gender", "Which best describes your gender?", "Pa un sy'n disgrifio eich rhywedd orau?", List.of(
                    new Answer("female", "Female", "Benyw", null, null), new Answer("male", "Male", "Gwryw", null, null)), false),
            new Question("age", "Age", "Oedran", List.of(new Answer("16-44", "16 to 44", "16 i 44", 16, 44),
                    new Answer("45+", "45 or over", "45 neu hŷn", 45, null)), true),
            new Question("area", "Where do you live?", "Ble rydych chi'n byw?", List.of(
                    new Answer("north", "North of the borough", "Gogledd y fwrdeistref", null, null),
                    new Answer("south", "South of the borough", "De'r fwrdeistref", null, null)), false));

    public static Commission commission(String id, LocalDate today, int panelSize) {
        return new Commission(id, "How should Trafford reach net zero by 2038?", "Sut dylai Trafford gyrraedd sero net erbyn 2038?",
                "Recommend what the council and residents should do.", "Argymell beth ddylai'r cyngor a thrigolion ei wneud.",
                "National energy policy.", "Polisi ynni cenedlaethol.", "Trafford Council Executive", "Climate Fund",
                List.of(new OversightMember("Dr Ann Example", "Chair, University of Salford")),
                List.of(new Milestone(today.plusDays(10), "Letters sent", "Llythyrau wedi'u hanfon")),
                List.of(today.plusDays(40), today.plusDays(47)), QUESTIONS, today, today.plusDays(120), panelSize,
                today.plusDays(365));
    }
}
