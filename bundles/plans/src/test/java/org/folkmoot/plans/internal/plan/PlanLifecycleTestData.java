package org.folkmoot.plans.internal.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A small plan's sections, in English and Welsh, with one action, its indicator and its area, for tests. */
public final class PlanLifecycleTestData {
    private PlanLifecycleTestData() {
    }

    public static List<Section> sections(String vision) {
        return List.of(
                new Section("vision", SectionKind.VISION, Bilingual.of("Our vision", "Ein gweledigaeth"),
                        Bilingual.of(vision + "\n\nA second paragraph.", "Pentref gwyrdd.\n\nAil baragraff."), null),
                new Section("green-spaces", SectionKind.ACTION, Bilingual.of("Protect green spaces", "Gwarchod mannau gwyrdd"),
                        Bilingual.of("Designate the playing field as Local Green Space.", "Dynodi'r cae chwarae."),
                        new ActionDetails("Parish council", List.of("Friends of the field"), LocalDate.of(2026, 4, 1),
                                LocalDate.of(2027, 3, 31), List.of(new Indicator("hectares", Bilingual.of("Protected green space", "Mannau gwyrdd"),
                                "ha", new BigDecimal("2.5"), new BigDecimal("6"))),
                                new Area(Area.Kind.LSOA, List.of("E01006099"), "Sale Moor"))));
    }
}
