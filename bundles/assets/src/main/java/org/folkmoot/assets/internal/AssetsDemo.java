package org.folkmoot.assets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.folkmoot.assets.internal.cases.Act;
import org.folkmoot.assets.internal.cases.CaseService;
import org.folkmoot.assets.internal.cases.LandReference;
import org.folkmoot.assets.internal.cases.Nominator;
import org.folkmoot.assets.internal.register.ImportResult;
import org.folkmoot.assets.internal.register.TransparencyCodeCsv;
import org.folkmoot.assets.internal.rest.AssetStore;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In demo mode ({@code folkmoot.demo=true}) an empty register is filled with Cheltenham Borough
 * Council's published register (Open Government Licence v3.0), and a few made-up cases on its
 * assets are opened at different stages, dated from today so that their deadlines are live: a
 * Scottish asset transfer request waiting for validation, another whose representations are
 * open, and an English nomination that has been listed. A register that has assets is left alone.
 */
@Component(immediate = true)
public class AssetsDemo {

    static final String REGISTER = "/demo/cheltenham_local_authority_land_and_assets_2023.csv.gz";
    private static final Logger LOG = LoggerFactory.getLogger(AssetsDemo.class);
    private static final String OFFICER = "demo-officer";

    @Activate
    public AssetsDemo(BundleContext context, @Reference AssetStore store) {
        if (!"true".equalsIgnoreCase(context.getProperty("folkmoot.demo")) || store.register().count() > 0) {
            return;
        }
        try {
            ImportResult result = new TransparencyCodeCsv(store.register()).importCsv(register());
            openCases(store.cases(), LocalDate.now());
            LOG.info("Demo data: {} assets of Cheltenham Borough Council's register (Open Government Licence v3.0)"
                    + " and three made-up cases", result.imported());
        } catch (IOException | RuntimeException e) {
            LOG.error("Demo data for the assets module could not be loaded", e);
        }
    }

    static byte[] register() throws IOException {
        try (InputStream in = AssetsDemo.class.getResourceAsStream(REGISTER)) {
            if (in == null) {
                throw new IOException(REGISTER + " is missing from the assets bundle");
            }
            try (InputStream gz = new GZIPInputStream(in)) {
                return gz.readAllBytes();
            }
        }
    }

    static void openCases(CaseService cases, LocalDate today) {
        LandReference gardens = new LandReference("010000480247", "10/00022/LAND", "Pittville Crescent gardens");
        LandReference fountain = new LandReference("100121227680", "14/00023/STRUC", "Boots Fountain");
        cases.openRequest("ATR-DEMO-1", gardens, "Pittville Gardens Community Trust", "OWNERSHIP", "LOCAL_AUTHORITY",
                on(today.minusDays(20)).saying("Request to take on the gardens and open a community garden"));
        cases.step("ATR-DEMO-1", "validated", on(today.minusDays(15)), Map.of());
        // Representations must stay open at least 20 working days from the notices; four weeks from today
        // clears that whatever bank holidays (Christmas, New Year, 2 January in Scotland) fall in between.
        cases.step("ATR-DEMO-1", "notices-given", on(today.minusDays(14)),
                Map.of("closingDate", today.plusDays(28).toString()));
        cases.openRequest("ATR-DEMO-2", fountain, "Friends of the Fountain SCIO", "LEASE", "LOCAL_AUTHORITY",
                on(today.minusDays(3)).saying("Request for a 25-year lease to restore the fountain"));
        cases.openNomination("ACV-DEMO-1", fountain, "Boots Fountain", "High Street, Cheltenham GL50 4JE",
                new Nominator("Friends of the Fountain", Nominator.Kind.UNINCORPORATED_BODY, 25, true),
                on(today.minusDays(40)));
        cases.step("ACV-DEMO-1", "listed", on(today.minusDays(10)), Map.of());
    }

    private static Act on(LocalDate date) {
        return Act.on(date).by(OFFICER);
    }
}
