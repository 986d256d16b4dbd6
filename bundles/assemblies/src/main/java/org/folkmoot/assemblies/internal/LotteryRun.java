package org.folkmoot.assemblies.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.folkmoot.assemblies.internal.commission.Assembly;
import org.folkmoot.assemblies.internal.letters.Letter;
import org.folkmoot.assemblies.internal.letters.LetterLanguage;
import org.folkmoot.assemblies.internal.letters.LetterPdf;
import org.folkmoot.assemblies.internal.letters.LetterSettings;
import org.folkmoot.assemblies.internal.letters.LetterWording;
import org.folkmoot.assemblies.internal.letters.MailMergeCsv;
import org.folkmoot.assemblies.internal.lottery.Address;
import org.folkmoot.assemblies.internal.lottery.AddressArea;
import org.folkmoot.assemblies.internal.lottery.AddressFile;
import org.folkmoot.assemblies.internal.lottery.AddressFileReader;
import org.folkmoot.assemblies.internal.lottery.CivicLottery;
import org.folkmoot.assemblies.internal.lottery.DrawnHousehold;
import org.folkmoot.assemblies.internal.lottery.LotteryException;
import org.folkmoot.assemblies.internal.lottery.LotteryProblem;
import org.folkmoot.assemblies.internal.lottery.LotteryProgress;
import org.folkmoot.assemblies.internal.lottery.LotteryRequest;
import org.folkmoot.assemblies.internal.lottery.LotteryResult;
import org.folkmoot.assemblies.internal.lottery.RegistrationCodes;
import org.folkmoot.assemblies.internal.lottery.StrataWeights;
import org.folkmoot.assemblies.internal.store.AssemblyStore;
import org.folkmoot.assemblies.internal.store.Registrations;
import org.folkmoot.assemblies.internal.store.Registrations.Household;

/**
 * The civic lottery inside the runtime: the officer's address file read (encodings, duplicates and
 * rows left out reported per line), the draw with the seed fixed in public, a registration code for
 * each drawn household, all stored at once; and the letters for those households as a mail-merge
 * CSV or one PDF. The draw and letters themselves are the lottery package's, the same code as
 * {@code bin/folkmoot lottery}.
 */
public final class LotteryRun {
    private final AssemblyStore store;

    /** The progress stage of storing the drawn households with their codes. */
    public static final String SAVING = "assemblies.officers.lottery.stage.saving";

    public LotteryRun(AssemblyStore store) {
        this.store = store;
    }

    /** What a draw gives back: the lottery as published and every row left out, with its line. */
    public record Outcome(Registrations.Lottery lottery, List<LotteryProblem> leftOut) {
    }

    /** The draw from an address file held in memory (the API's body). */
    public Outcome draw(Assembly a, byte[] addressFile, Integer letters, String strataColumn, String weights) {
        LotteryRequest request = request(a, letters, strataColumn, weights);
        Path temp = null;
        try {
            temp = Files.createTempFile("folkmoot-addresses", ".csv");
            Files.write(temp, addressFile);
            return draw(a, temp, request, LotteryProgress.NONE);
        } catch (IOException e) {
            throw Refused.of("addresses", "assemblies.error.lottery.file");
        } finally {
            delete(temp);
        }
    }

    /**
     * What can be checked before the file is read: the seed fixed in public, no draw yet, the number
     * of letters, the weights.
     */
    public LotteryRequest request(Assembly a, Integer letters, String strataColumn, String weights) {
        String seed = a.lotterySeed().orElseThrow(() -> Refused.of("seed", "assemblies.error.seed.first").withStatus(409));
        if (store.registrations().lottery(a.id()).isPresent()) {
            throw Refused.of("addresses", "assemblies.error.lottery.done").withStatus(409);
        }
        if (letters == null || letters < 1) {
            throw Refused.of("letters", "assemblies.error.lottery.letters");
        }
        try {
            Optional<String> column = strataColumn == null || strataColumn.isBlank() ? Optional.empty() : Optional.of(strataColumn.strip());
            return new LotteryRequest(letters, seed, column, StrataWeights.parse(weights));
        } catch (LotteryException e) {
            throw refused(List.of(e.problem()));
        }
    }

    /**
     * Reads the address file, draws with the seed fixed in public, issues a code to each drawn
     * household and stores them all at once; {@code progress} hears of the reading and the keying.
     */
    public Outcome draw(Assembly a, Path addressFile, LotteryRequest request, LotteryProgress progress) {
        AddressFile file;
        String sha256;
        try {
            file = new AddressFileReader(AddressArea.EVERYWHERE).read(addressFile, progress);
            sha256 = sha256(addressFile);
        } catch (IOException e) {
            throw Refused.of("addresses", "assemblies.error.lottery.file");
        }
        if (file.refused()) {
            throw refused(file.problems());
        }
        LotteryResult result;
        try {
            result = new CivicLottery().draw(request, file.addresses(), progress);
        } catch (LotteryException e) {
            throw refused(List.of(e.problem()));
        }
        if (result.refused()) {
            throw refused(result.problems());
        }
        progress.update(SAVING, 0, 1);
        List<String> codes = new RegistrationCodes(new SecureRandom()).issue(result.drawn().size());
        List<Household> households = new ArrayList<>();
        for (int i = 0; i < result.drawn().size(); i++) {
            DrawnHousehold d = result.drawn().get(i);
            households.add(new Household(codes.get(i), d.address().uprn(), String.join("\n", d.address().lines()) + "\n"
                    + d.address().postcode(), d.stratum(), d.key(), false));
        }
        List<Registrations.Stratum> strata = result.strata().stream()
                .map(s -> new Registrations.Stratum(s.stratum(), s.households(), s.letters(), s.weight().doubleValue())).toList();
        Registrations.Lottery lottery = new Registrations.Lottery(request.seed(), households.size(), file.addresses().size(),
                sha256, strata, store.clock().instant());
        store.registrations().addHouseholds(a.id(), households, lottery);
        progress.update(SAVING, 1, 1);
        List<LotteryProblem> leftOut = new ArrayList<>(file.problems());
        leftOut.addAll(result.problems());
        return new Outcome(lottery, leftOut);
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static void delete(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a temporary file the system cleans up
            }
        }
    }

    private static Refused refused(List<LotteryProblem> problems) {
        Map<String, Wording> errors = new LinkedHashMap<>();
        for (LotteryProblem p : problems) {
            if (p.severity() == LotteryProblem.Severity.REFUSED) {
                errors.putIfAbsent(p.field(), new Wording(p.key(), new ArrayList<>(p.arguments())));
            }
        }
        return new Refused(errors.isEmpty() ? Map.of("addresses", Wording.of("assemblies.error.lottery.file")) : errors, 422);
    }

    /** The letters of every drawn household, as one PDF (A4, one a page, for a DL window envelope). */
    public void pdf(Assembly a, String baseUrl, LetterLanguage language, OutputStream out) throws IOException {
        List<Letter> letters = letters(a);
        new LetterPdf(settings(a, baseUrl, language)).write(letters.iterator(), letters.size(), out, LotteryProgress.NONE);
    }

    /** The same letters as a mail-merge CSV for a print house. */
    public void csv(Assembly a, String baseUrl, Writer out) throws IOException {
        MailMergeCsv.write(letters(a), settings(a, baseUrl, LetterLanguage.ENGLISH), out);
    }

    private List<Letter> letters(Assembly a) {
        List<Letter> letters = new ArrayList<>();
        for (Household h : store.registrations().households(a.id())) {
            List<String> lines = new ArrayList<>(Arrays.asList(h.address().split("\n")));
            String postcode = lines.isEmpty() ? "" : lines.remove(lines.size() - 1);
            // printed as RegistrationCodes writes codes (two groups of five); any form of it is accepted back
            letters.add(new Letter(new DrawnHousehold(new Address(h.uprn(), lines, postcode, Map.of()), h.stratum(), h.key()),
                    RegistrationCodes.normalise(h.code()).orElse(h.code())));
        }
        return letters;
    }

    static LetterSettings settings(Assembly a, String baseUrl, LetterLanguage language) {
        String url = baseUrl.replaceAll("/+$", "") + "/assemblies/" + a.id() + "/register";
        return new LetterSettings(new LetterSettings.Bilingual(a.commissionedBy(), a.commissionedBy()),
                new LetterSettings.Bilingual("Citizens’ assembly", "Cynulliad dinasyddion"),
                new LetterSettings.Bilingual(a.question().en(), a.question().cy()), url,
                a.firstSession().map(d -> d.minusDays(21)).orElse(a.responseDue()), "", a.commissionedBy(), language,
                LetterWording.defaults("en"), LetterWording.defaults("cy"));
    }
}
