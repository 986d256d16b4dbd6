/*
 * Generates bundles/search/src/main/resources/org/folkmoot/search/internal/analysis/welsh-mutations.tsv.gz
 * from the Bangor Welsh lexicon, so that neither the runtime nor the tests need the lexicon (4 MB):
 * the table is committed. Download lecsicon_cc0.zip from github techiaith/lecsicon-cymraeg-bangor
 * (commit a4996ab8) and run from the repository root (Java 17, no dependencies):
 *
 *   java bundles/search/tools/GenerateWelshMutations.java \
 *        lecsicon_cc0.zip \
 *        bundles/search/src/main/resources/org/folkmoot/search/internal/analysis/welsh-mutations.tsv.gz
 *
 * Source: Lecsicon Cymraeg Bangor, CC0 1.0, by Bangor University Language Technologies Unit
 * (doi 10.5281/zenodo.5211667). Lines are form TAB lemma TAB UPOS TAB features; features carry
 * Mutation=SM|NM|AM|HM (soft, nasal, aspirate, h-prothesis).
 *
 * Output (gzip, UTF-8): comment lines start with '#'; then one line per mutated written form,
 * sorted, all lower case:  form TAB codes [TAB '=']
 *   codes: comma-separated mutation codes, each a mutation letter (S, N, A, H) followed by the
 *          radical's initial (S:g, S:ll, N:c, A:p, H:), enough to rebuild the radical form from
 *          the written one with WelshMutations' table. Only the written form's own radical is kept:
 *          plurals and inflections are not collapsed onto the lemma.
 *   '=':   the form is also a radical word of its own: the analyzer leaves it as written.
 *   Radical words that the analyzer's fallback rules would take for mutations (initial ngh, mh,
 *   nh, ng, ph, or h before a vowel, such as "nhw" and "hun") are listed with code '-' and '=',
 *   so the rules leave them alone; so are a few very common words the lexicon lists only as
 *   mutations of rare ones (KEEP_AS_WRITTEN).
 */
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.zip.*;

public class GenerateWelshMutations {

    /** radical initial -> mutated initial, per mutation. Longest radical initials first. */
    static final Map<Character, LinkedHashMap<String, String>> TABLE = new HashMap<>();
    static {
        LinkedHashMap<String, String> soft = new LinkedHashMap<>();
        soft.put("ll", "l"); soft.put("rh", "r"); soft.put("p", "b"); soft.put("t", "d"); soft.put("c", "g");
        soft.put("b", "f"); soft.put("d", "dd"); soft.put("g", ""); soft.put("m", "f");
        LinkedHashMap<String, String> nasal = new LinkedHashMap<>();
        nasal.put("p", "mh"); nasal.put("t", "nh"); nasal.put("c", "ngh"); nasal.put("b", "m"); nasal.put("d", "n"); nasal.put("g", "ng");
        LinkedHashMap<String, String> aspirate = new LinkedHashMap<>();
        aspirate.put("p", "ph"); aspirate.put("t", "th"); aspirate.put("c", "ch");
        TABLE.put('S', soft); TABLE.put('N', nasal); TABLE.put('A', aspirate);
    }

    /** Common words the lexicon lists only as mutations of rarer words: "does" (there isn't), not "toes"; "nôl" (fetch, back), not "dôl". */
    static final Set<String> KEEP_AS_WRITTEN = Set.of("does", "nôl");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java GenerateWelshMutations.java <lecsicon_cc0.zip> <out.tsv.gz>");
            System.exit(2);
        }
        SortedMap<String, SortedSet<String>> codes = new TreeMap<>();
        Set<String> radicalForms = new HashSet<>();
        int lines = 0, skipped = 0;
        try (ZipFile zip = new ZipFile(args[0])) {
            ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith(".txt")).findFirst()
                    .orElseThrow(() -> new IOException("no .txt in " + args[0]));
            try (BufferedReader in = new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines++;
                    String[] f = line.replace("\uFEFF", "").split("\t", -1);
                    if (f.length < 4 || f[0].isEmpty()) continue;
                    String form = f[0].toLowerCase(Locale.ROOT), lemma = f[1].toLowerCase(Locale.ROOT);
                    String mutation = mutation(f[3]);
                    if (mutation == null) { radicalForms.add(form); continue; }
                    String code = code(mutation.charAt(0), form, lemma);
                    if (code == null) { skipped++; continue; }
                    codes.computeIfAbsent(form, k -> new TreeSet<>()).add(code);
                }
            }
        }
        int guarded = 0;
        for (String form : radicalForms) {
            if (!codes.containsKey(form) && looksMutatedToTheRules(form)) {
                codes.computeIfAbsent(form, k -> new TreeSet<>()).add("-");
                guarded++;
            }
        }
        radicalForms.addAll(KEEP_AS_WRITTEN);
        System.out.printf("%d radical forms guarded from the fallback rules%n", guarded);
        Path out = Paths.get(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            w.write("# Welsh mutated form -> radical initial(s). Generated by bundles/search/tools/GenerateWelshMutations.java\n");
            w.write("# from Lecsicon Cymraeg Bangor (CC0 1.0), Bangor University Language Technologies Unit, doi 10.5281/zenodo.5211667\n");
            for (Map.Entry<String, SortedSet<String>> e : codes.entrySet()) {
                w.write(e.getKey());
                w.write('\t');
                w.write(String.join(",", e.getValue()));
                if (radicalForms.contains(e.getKey())) w.write("\t=");
                w.write('\n');
            }
        }
        System.out.printf("read %d lines, wrote %d mutated forms (%d irregular entries skipped) to %s (%d bytes)%n",
                lines, codes.size(), skipped, out, Files.size(out));
    }

    static String mutation(String features) {
        for (String feature : features.split("\\|")) {
            if (feature.startsWith("Mutation=") && feature.length() >= 10) return feature.substring(9);
        }
        return null;
    }

    /** The code that turns the written form back into its radical, or null if the entry is irregular. */
    static String code(char mutation, String form, String lemma) {
        if (mutation == 'H') {
            return form.length() > 1 && form.charAt(0) == 'h' && isVowel(lemma.isEmpty() ? 'x' : lemma.charAt(0))
                    && isVowel(form.charAt(1)) ? "H:" : null;
        }
        Map<String, String> table = TABLE.get(mutation);
        if (table == null) return null;
        for (Map.Entry<String, String> rule : table.entrySet()) {
            if (lemma.startsWith(rule.getKey())) {
                return form.startsWith(rule.getValue()) && form.length() > rule.getValue().length()
                        ? mutation + ":" + rule.getKey() : null;
            }
        }
        return null;
    }

    /** The same prefixes as WelshMutations' fallback rules. */
    static boolean looksMutatedToTheRules(String form) {
        return form.length() >= 3 && (form.startsWith("ngh") || form.startsWith("mh") || form.startsWith("nh")
                || form.startsWith("ng") || form.startsWith("ph") || (form.charAt(0) == 'h' && isVowel(form.charAt(1))));
    }

    static boolean isVowel(char c) {
        return "aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ".indexOf(c) >= 0;
    }
}
