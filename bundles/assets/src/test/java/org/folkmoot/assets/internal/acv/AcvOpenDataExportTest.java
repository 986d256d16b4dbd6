package org.folkmoot.assets.internal.acv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.folkmoot.assets.internal.cases.Act;
import org.folkmoot.assets.internal.cases.AssetOfCommunityValue;
import org.folkmoot.assets.internal.cases.LandReference;
import org.folkmoot.assets.internal.cases.Nominator;
import org.folkmoot.assets.internal.register.Location;
import org.folkmoot.assets.internal.rules.RuleBook;
import org.folkmoot.assets.internal.rules.RuleSet;
import org.junit.jupiter.api.Test;

class AcvOpenDataExportTest {
    static final Clock LATER = Clock.fixed(LocalDate.of(2027, 6, 1).atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));
    static final RuleSet RULES = RuleBook.bundled().byId("england-localism-2011-acv").orElseThrow();
    static final Nominator PARISH = new Nominator("Leckhampton with Warden Hill Parish Council",
            Nominator.Kind.PARISH_COUNCIL, 0, false);

    static Act at(String d) {
        return Act.on(LocalDate.parse(d));
    }

    static AssetOfCommunityValue acv(String id, String uprn) {
        return AssetOfCommunityValue.nominate(id, new LandReference(uprn, "A/" + id, "The Plough"), "The Plough",
                "1 High Street, Cheltenham GL50 1DY", PARISH, RULES, at("2026-01-05"), LATER);
    }

    @Test
    void listedAndUnsuccessfulNominationsInPlanningDataFields() {
        AssetOfCommunityValue listed = acv("ACV-1", "100121228178");
        listed.list(at("2026-02-02"));
        listed.disposalNotified(at("2026-08-31"));
        listed.communityInterestGroupRequest(at("2026-09-10"), "Plough CBS");
        AssetOfCommunityValue refused = acv("ACV-2", "");
        refused.refuse(at("2026-02-20"), "Ancillary use only");
        AssetOfCommunityValue pending = acv("ACV-3", "");

        AcvOpenDataExport export = new AcvOpenDataExport("local-authority:CHT",
                land -> land.uprn().equals("100121228178") ? Optional.of(Location.grid("395265", "222126")) : Optional.empty());
        List<Map<String, String>> rows = export.rows(List.of(pending, refused, listed));
        assertEquals(2, rows.size(), "pending nominations are not published");
        Map<String, String> l = rows.get(0);
        assertEquals(AcvOpenDataExport.FIELDS, List.copyOf(l.keySet()));
        assertEquals("ACV-1", l.get("reference"));
        assertEquals("listed", l.get("decision"));
        assertEquals("2026-01-05", l.get("nomination-date"));
        assertEquals("2026-02-02", l.get("decision-date"));
        assertEquals("2031-02-01", l.get("expiry-date"));
        assertEquals("2026-08-31", l.get("notification-to-sell-date"));
        assertEquals("Plough CBS", l.get("interested-group"));
        assertEquals("local-authority:CHT", l.get("organisation"));
        assertTrue(l.get("point").startsWith("POINT(-2.0"), l.get("point"));
        assertEquals("", l.get("end-date"));

        Map<String, String> r = rows.get(1);
        assertEquals("unsuccessful", r.get("decision"));
        assertEquals("Ancillary use only", r.get("notes"));
        assertEquals("", r.get("expiry-date"));
        assertEquals("", r.get("point"));

        StringWriter csv = new StringWriter();
        export.writeCsv(List.of(listed, refused), csv);
        String[] lines = csv.toString().split("\r\n");
        assertEquals(String.join(",", AcvOpenDataExport.FIELDS), lines[0]);
        assertEquals(3, lines.length);
    }
}
