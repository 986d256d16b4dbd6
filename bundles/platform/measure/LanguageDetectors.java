import java.nio.file.*; import java.util.*; import java.util.function.*;
import com.fasterxml.jackson.databind.*;

/**
 * The measurement behind the connector's choice of language detector (see the connector README): Welsh sentences
 * labelled en, English petition titles and backgrounds, and Catalan, Spanish and Portuguese sentences, through
 * Optimaize and Lingua, with load time, heap and speed. Not part of the build; run as the README says.
 * Arguments: DETECTOR THRESHOLD WELSH_SENTENCES PETITIONS_JSONL ROMANCE_DIR
 */
public class LanguageDetectors {
  record R(String lang, double conf) {}
  interface Det { R detect(String t); }
  static final String[] LANGS = {"en","cy","ca","es","pt","fr","de","it","eu","nl","pl"};

  static Det optimaize(boolean all) throws Exception {
    var reader = new com.optimaize.langdetect.profiles.LanguageProfileReader();
    List<com.optimaize.langdetect.profiles.LanguageProfile> profiles = all ? reader.readAllBuiltIn() : reader.readBuiltIn(Arrays.stream(LANGS).map(com.optimaize.langdetect.i18n.LdLocale::fromString).toList());
    var d = com.optimaize.langdetect.LanguageDetectorBuilder.create(com.optimaize.langdetect.ngram.NgramExtractors.standard()).withProfiles(profiles).build();
    var f = com.optimaize.langdetect.text.CommonTextObjectFactories.forDetectingShortCleanText();
    return t -> { var p = d.getProbabilities(f.forText(t)); return p.isEmpty() ? new R("und",0) : new R(p.get(0).getLocale().getLanguage(), p.get(0).getProbability()); };
  }
  static Det lingua(boolean all, boolean low) {
    com.github.pemistahl.lingua.api.LanguageDetectorBuilder b;
    if (all) b = com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromAllLanguages();
    else b = com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromIsoCodes639_1(Arrays.stream(LANGS).map(s -> com.github.pemistahl.lingua.api.IsoCode639_1.valueOf(s.toUpperCase())).toArray(com.github.pemistahl.lingua.api.IsoCode639_1[]::new));
    if (low) b = b.withLowAccuracyMode();
    var d = b.withPreloadedLanguageModels().build();
    return t -> { var m = d.computeLanguageConfidenceValues(t); if (m.isEmpty()) return new R("und",0); var e = m.entrySet().iterator().next(); return new R(e.getKey().getIsoCode639_1().name().toLowerCase(), e.getValue()); };
  }

  public static void main(String[] a) throws Exception {
    var rnd = new Random(17);
    var cy = new ArrayList<>(Files.readAllLines(Path.of(a[2]))); Collections.shuffle(cy, rnd); var cyS = cy.subList(0, 3000);
    var om = new ObjectMapper(); List<String> enShort = new ArrayList<>(), enLong = new ArrayList<>();
    for (String l : Files.readAllLines(Path.of(a[3]))) { var n = om.readTree(l); enShort.add(n.path("action").asText()); String bg = n.path("background").asText(); enLong.add(bg.length() > 300 ? bg.substring(0,300) : bg); }
    Collections.shuffle(enShort, rnd); Collections.shuffle(enLong, rnd); enShort = enShort.subList(0,2000); enLong = enLong.subList(0,1000);
    Map<String,List<String>> rom = new LinkedHashMap<>(); for (String l : List.of("ca","es","pt")) rom.put(l, Files.readAllLines(Path.of(a[4], l + "_sentences.txt")));
    String which = a[0]; double thr = Double.parseDouble(a[1]);
    System.gc(); long m0 = used(); long t0 = System.nanoTime();
    Det d = switch (which) { case "opt-all" -> optimaize(true); case "opt-sub" -> optimaize(false); case "lin-all" -> lingua(true,false); case "lin-sub" -> lingua(false,false); case "lin-sub-low" -> lingua(false,true); case "lin-all-low" -> lingua(true,true); default -> throw new IllegalArgumentException(); };
    d.detect("warm up text");
    long load = (System.nanoTime()-t0)/1_000_000; System.gc(); long mem = (used()-m0)/1_000_000;
    Map<String,int[]> acc = new TreeMap<>();
    long t1 = System.nanoTime(); int n = 0;
    for (String s : cyS) { String b = s.length() <= 30 ? "cy<=30" : s.length() <= 60 ? "cy31-60" : "cy>60"; score(acc, b, d, s, "en", "cy", thr); score(acc, "cy-all", d, s, "en", "cy", thr); n++; }
    for (String s : enShort) { score(acc, "en-short", d, s, "en", "en", thr); n++; }
    for (String s : enLong) { score(acc, "en-long", d, s, "en", "en", thr); n++; }
    for (var e : rom.entrySet()) for (String s : e.getValue()) { score(acc, e.getKey()+"-as-own", d, s, e.getKey(), e.getKey(), thr); score(acc, e.getKey()+"-as-en", d, s, "en", e.getKey(), thr); n++; }
    long ms = (System.nanoTime()-t1)/1_000_000;
    StringBuilder sb = new StringBuilder(String.format("%s thr=%.2f load=%dms heap=%dMB %.0f texts/s |", which, thr, load, mem, n*1000.0/ms));
    acc.forEach((k,v) -> sb.append(String.format(" %s %.1f%%(%d)", k, 100.0*v[0]/v[1], v[1])));
    System.out.println(sb);
  }
  static void score(Map<String,int[]> acc, String bucket, Det d, String text, String declared, String truth, double thr) {
    R r = d.detect(text); String res = r.conf >= thr ? r.lang : declared;
    int[] c = acc.computeIfAbsent(bucket, k -> new int[2]); c[1]++; if (res.equals(truth)) c[0]++;
  }
  static long used() { var rt = Runtime.getRuntime(); return rt.totalMemory()-rt.freeMemory(); }
}
