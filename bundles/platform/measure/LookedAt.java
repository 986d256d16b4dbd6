import java.nio.file.*; import java.util.*;
import com.fasterxml.jackson.databind.*;
import com.optimaize.langdetect.*; import com.optimaize.langdetect.i18n.LdLocale; import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader; import com.optimaize.langdetect.text.*;

/**
 * How many characters of a long text the detector needs (OptimaizeTextLanguage.LOOKED_AT): the chosen detector
 * (12 profiles, 0.9) on whole petition backgrounds with their details, on Welsh paragraphs of 4 to 8 sentences
 * labelled en, on single Welsh sentences and on petition titles, looking at the first 600, 300 and 200 characters
 * (cut at a space, as the service does), three rounds side by side. Not part of the build; run as the README says.
 * Arguments: WELSH_SENTENCES PETITIONS_JSONL
 */
public class LookedAt {
  static final List<String> LANGS = List.of("en","cy","ga","ca","es","pt","fr","de","it","eu","nl","pl");

  public static void main(String[] a) throws Exception {
    var cy = new ArrayList<>(Files.readAllLines(Path.of(a[0]))); Collections.shuffle(cy, new Random(7)); var sentences = cy.subList(0, 3000);
    var om = new ObjectMapper(); List<String> titles = new ArrayList<>(), bodies = new ArrayList<>();
    for (String l : Files.readAllLines(Path.of(a[1]))) { var n = om.readTree(l); titles.add(n.path("action").asText());
      bodies.add(n.path("background").asText() + "\n" + n.path("additional_details").asText()); }
    List<String> paragraphs = new ArrayList<>(); var r = new Random(3);
    for (int i = 0; i < 1000; i++) { var sb = new StringBuilder(); for (int j = 4 + r.nextInt(5); j > 0; j--) sb.append(sentences.get(r.nextInt(3000))).append(' '); paragraphs.add(sb.toString()); }
    var d = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(new LanguageProfileReader().readBuiltIn(LANGS.stream().map(LdLocale::fromString).toList())).build();
    var f = CommonTextObjectFactories.forDetectingShortCleanText();
    int[] lengths = {600, 300, 200};
    for (int looked : lengths) for (String t : bodies) detect(d, f, t, looked); // warm up
    Map<Integer, List<Double>> speed = new TreeMap<>(Comparator.reverseOrder());
    for (int round = 0; round < 3; round++) for (int looked : lengths) {
      long t0 = System.nanoTime(); int n = 0;
      for (List<String> set : List.of(bodies, paragraphs, titles)) for (String t : set) { detect(d, f, t, looked); n++; }
      speed.computeIfAbsent(looked, k -> new ArrayList<>()).add(n / ((System.nanoTime() - t0) / 1e9));
    }
    for (int looked : lengths) System.out.printf("first %d characters: %s texts/s | Welsh paragraphs %.1f%%, Welsh sentences %.1f%%, petition texts %.1f%%, titles %.1f%%%n",
        looked, speed.get(looked).stream().map(s -> String.format("%.0f", s)).toList(), right(d, f, paragraphs, "cy", looked),
        right(d, f, sentences, "cy", looked), right(d, f, bodies, "en", looked), right(d, f, titles, "en", looked));
  }
  static String detect(LanguageDetector d, TextObjectFactory f, String t, int looked) {
    int space = t.lastIndexOf(' ', looked); String s = t.length() <= looked ? t : t.substring(0, space > looked / 2 ? space : looked);
    var p = d.getProbabilities(f.forText(s)); return p.isEmpty() || p.get(0).getProbability() < 0.9 ? "en" : p.get(0).getLocale().getLanguage();
  }
  static double right(LanguageDetector d, TextObjectFactory f, List<String> texts, String truth, int looked) {
    return 100.0 * texts.stream().filter(t -> detect(d, f, t, looked).equals(truth)).count() / texts.size();
  }
}
