package org.folkmoot.search.internal.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Undoes Welsh initial consonant mutations: gives the radical (dictionary) initial of a written,
 * lower-case word form. {@code gyngor}, {@code nghyngor}, {@code chyngor} give {@code cyngor};
 * {@code hardal} gives {@code ardal}; {@code law} gives both {@code glaw} and {@code llaw}.
 * Only the initial changes: {@code nghynghorau} gives {@code cynghorau}, never the lemma.
 *
 * <p>Known forms come from {@code welsh-mutations.tsv.gz}, derived from Lecsicon Cymraeg Bangor
 * (CC0 1.0; Bangor University Language Technologies Unit, doi 10.5281/zenodo.5211667) by
 * {@code bundles/search/tools/GenerateWelshMutations.java}. A form that is also a word in its own
 * right ({@code mae}, {@code dyn}) is left as written: precision on common words matters more than
 * the rare mutated reading. Words the lexicon lacks fall back to
 * rules for initials that only mutation produces (ngh, mh, nh, ng, ph) and to h-prothesis after
 * the possessives {@code ei}, {@code ein}, {@code eu}; those keep the written form as well. The
 * table also lists the lexicon's radical words that those rules would mistake for mutations
 * ({@code nhw}, {@code hun}), so the rules leave them alone.
 *
 * <p>The table is held as one sorted char array searched in place: about 6 MB, no per-word objects.
 */
public final class WelshMutations {

    static final String RESOURCE = "welsh-mutations.tsv.gz";

    /** A result: the radical forms, and whether the written form should be kept too. */
    public record Demutation(List<String> radicals, boolean keepWritten) {
    }

    private static volatile WelshMutations shared;

    private final char[] chars;
    private final int[] starts; // entry i is chars[starts[i], starts[i + 1])
    private final short[] codeIndex;
    private final String[][] codeTable; // distinct code lists, e.g. {"S:g", "S:ll"}
    private final boolean[] keep;

    private WelshMutations(char[] chars, int[] starts, short[] codeIndex, String[][] codeTable, boolean[] keep) {
        this.chars = chars;
        this.starts = starts;
        this.codeIndex = codeIndex;
        this.codeTable = codeTable;
        this.keep = keep;
    }

    /** The table shipped in this bundle, loaded once. */
    public static WelshMutations shared() {
        WelshMutations m = shared;
        if (m == null) {
            synchronized (WelshMutations.class) {
                m = shared;
                if (m == null) {
                    try (InputStream in = WelshMutations.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + RESOURCE);
                        }
                        m = load(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    shared = m;
                }
            }
        }
        return m;
    }

    static WelshMutations load(InputStream gz) throws IOException {
        StringBuilder all = new StringBuilder(4 << 20);
        List<Integer> starts = new ArrayList<>(270_000);
        List<Short> codes = new ArrayList<>(270_000);
        List<Boolean> keeps = new ArrayList<>(270_000);
        Map<String, Short> codeIds = new HashMap<>();
        List<String[]> codeTable = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int t1 = line.indexOf('\t');
                int t2 = line.indexOf('\t', t1 + 1);
                String code = t2 < 0 ? line.substring(t1 + 1) : line.substring(t1 + 1, t2);
                Short id = codeIds.get(code);
                if (id == null) {
                    id = (short) codeTable.size();
                    codeIds.put(code, id);
                    codeTable.add(code.split(","));
                }
                starts.add(all.length());
                all.append(line, 0, t1);
                codes.add(id);
                keeps.add(t2 >= 0 && line.startsWith("=", t2 + 1));
            }
        }
        int n = starts.size();
        int[] s = new int[n + 1];
        short[] c = new short[n];
        boolean[] k = new boolean[n];
        for (int i = 0; i < n; i++) {
            s[i] = starts.get(i);
            c[i] = codes.get(i);
            k[i] = keeps.get(i);
        }
        s[n] = all.length();
        char[] chars = new char[all.length()];
        all.getChars(0, all.length(), chars, 0);
        return new WelshMutations(chars, s, c, codeTable.toArray(new String[0][]), k);
    }

    /** Number of mutated forms in the lexicon table. */
    public int size() {
        return codeIndex.length;
    }

    /**
     * The radical forms of a lower-case written word, or null if it does not look mutated.
     *
     * @param afterPossessive the previous word was {@code ei}, {@code ein} or {@code eu} (h-prothesis context)
     */
    public Demutation demutate(char[] term, int length, boolean afterPossessive) {
        int i = find(term, length);
        if (i >= 0 && keep[i]) {
            // Also a word of its own (mae, dyn, ...): expanding would make "bae" find every "mae".
            return null;
        }
        if (i >= 0) {
            String[] codes = codeTable[codeIndex[i]];
            List<String> radicals = new ArrayList<>(codes.length);
            for (String code : codes) {
                String radical = apply(code, term, length);
                if (radical != null && !radicals.contains(radical)) {
                    radicals.add(radical);
                }
            }
            return radicals.isEmpty() ? null : new Demutation(radicals, false);
        }
        String radical = byRule(term, length, afterPossessive);
        return radical == null ? null : new Demutation(List.of(radical), true);
    }

    private int find(char[] term, int length) {
        int lo = 0;
        int hi = codeIndex.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = compare(mid, term, length);
            if (cmp < 0) {
                lo = mid + 1;
            } else if (cmp > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private int compare(int entry, char[] term, int length) {
        int from = starts[entry];
        int len = starts[entry + 1] - from;
        int n = Math.min(len, length);
        for (int j = 0; j < n; j++) {
            int d = chars[from + j] - term[j];
            if (d != 0) {
                return d;
            }
        }
        return len - length;
    }

    /** Radical initial -> mutated initial, by mutation letter; the same table as the generator's. */
    static String mutatedInitial(char mutation, String radicalInitial) {
        switch (mutation) {
            case 'S':
                switch (radicalInitial) {
                    case "ll": return "l";
                    case "rh": return "r";
                    case "p": return "b";
                    case "t": return "d";
                    case "c": return "g";
                    case "b": return "f";
                    case "d": return "dd";
                    case "g": return "";
                    case "m": return "f";
                    default: return null;
                }
            case 'N':
                switch (radicalInitial) {
                    case "p": return "mh";
                    case "t": return "nh";
                    case "c": return "ngh";
                    case "b": return "m";
                    case "d": return "n";
                    case "g": return "ng";
                    default: return null;
                }
            case 'A':
                switch (radicalInitial) {
                    case "p": return "ph";
                    case "t": return "th";
                    case "c": return "ch";
                    default: return null;
                }
            default:
                return null;
        }
    }

    private static String apply(String code, char[] term, int length) {
        char mutation = code.charAt(0);
        String radicalInitial = code.substring(2);
        if (mutation == 'H') {
            return length > 1 && term[0] == 'h' ? new String(term, 1, length - 1) : null;
        }
        String mutated = mutatedInitial(mutation, radicalInitial);
        if (mutated == null || length <= mutated.length() || !startsWith(term, length, mutated)) {
            return null;
        }
        return radicalInitial + new String(term, mutated.length(), length - mutated.length());
    }

    private static String byRule(char[] term, int length, boolean afterPossessive) {
        if (length < 3) {
            return null;
        }
        if (startsWith(term, length, "ngh")) {
            return length > 3 ? "c" + new String(term, 3, length - 3) : null;
        }
        if (startsWith(term, length, "mh")) {
            return "p" + new String(term, 2, length - 2);
        }
        if (startsWith(term, length, "nh")) {
            return "t" + new String(term, 2, length - 2);
        }
        if (startsWith(term, length, "ng")) {
            return "g" + new String(term, 2, length - 2);
        }
        if (startsWith(term, length, "ph")) {
            return "p" + new String(term, 2, length - 2);
        }
        if (afterPossessive && term[0] == 'h' && isVowel(term[1])) {
            return new String(term, 1, length - 1);
        }
        return null;
    }

    private static boolean startsWith(char[] term, int length, String prefix) {
        if (length < prefix.length()) {
            return false;
        }
        for (int j = 0; j < prefix.length(); j++) {
            if (term[j] != prefix.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    static boolean isVowel(char c) {
        return "aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ".indexOf(c) >= 0;
    }
}
