package org.folkmoot.plans.internal.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Two versions of a long plan made from real text in the repository's {@code bundles/testdata/} (origin and licence in
 * its README): English from UK Parliament petitions (OGL v3.0), Welsh from the techiaith CC0 sentences. The later
 * version is edited as a steering group edits a draft: sentences reworded, added and cut in one section in
 * {@code editOneIn} (5: a fifth of them; 1: every one),
 * some sections added, removed and moved. Deterministic for a seed.
 */
public final class GeneratedPlan {

    private GeneratedPlan() {
    }

    /** The earlier and the later version. */
    public record Versions(List<VersionSection> earlier, List<VersionSection> later, int words) {
    }

    public static Versions english(int words, long seed, int editOneIn) throws IOException {
        List<String> sentences = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = reader("petitions/petitions_corpus_4134.jsonl.gz")) {
            for (String line; (line = in.readLine()) != null;) {
                JsonNode petition = json.readTree(line);
                headings.add(petition.path("action").asText());
                for (String field : List.of("background", "additional_details")) {
                    sentences.addAll(SentenceSplitter.forLanguage("en").split(petition.path(field).asText().replaceAll("\\s+", " ")));
                }
            }
        }
        return versions(sentences, headings, words, "en", seed, editOneIn);
    }

    public static Versions welsh(int words, long seed, int editOneIn) throws IOException {
        List<String> sentences;
        try (BufferedReader in = reader("welsh/cc0_cy_sentences.txt.gz")) {
            sentences = in.lines().filter(s -> !s.isBlank()).toList();
        }
        List<String> headings = sentences.stream().filter(s -> s.split(" ").length <= 6).map(s -> s.replaceAll("[.!?]$", "")).toList();
        return versions(sentences, headings, words, "cy", seed, editOneIn);
    }

    private static Versions versions(List<String> sentences, List<String> headings, int words, String language, long seed,
            int editOneIn) {
        Random random = new Random(seed);
        List<VersionSection> earlier = new ArrayList<>();
        int total = 0;
        int next = random.nextInt(sentences.size());
        while (total < words) {
            StringBuilder body = new StringBuilder();
            int sectionWords = 0;
            int target = 400 + random.nextInt(500);
            while (sectionWords < target) {
                int paragraph = 3 + random.nextInt(5);
                for (int i = 0; i < paragraph; i++) {
                    String s = sentences.get(next++ % sentences.size());
                    sectionWords += s.split(" ").length;
                    body.append(s).append(' ');
                }
                body.append("\n\n");
            }
            total += sectionWords;
            earlier.add(new VersionSection("s" + earlier.size(), headings.get(random.nextInt(headings.size())), body.toString().strip()));
        }
        List<VersionSection> later = new ArrayList<>();
        for (VersionSection s : earlier) {
            if (random.nextInt(40) == 0) {
                continue; // cut
            }
            later.add(random.nextInt(editOneIn) == 0 ? edited(s, sentences, language, random) : s);
            if (random.nextInt(30) == 0) {
                later.add(new VersionSection("new" + later.size(), headings.get(random.nextInt(headings.size())),
                        String.join(" ", sentences.subList(random.nextInt(sentences.size() - 10), sentences.size()).subList(0, 8))));
            }
        }
        for (int i = 0; i < 2; i++) { // move two sections
            Collections.swap(later, random.nextInt(later.size()), random.nextInt(later.size()));
        }
        return new Versions(earlier, later, total);
    }

    /** About one sentence in ten reworded, cut or followed by a new one. */
    private static VersionSection edited(VersionSection s, List<String> sentences, String language, Random random) {
        SentenceSplitter splitter = SentenceSplitter.forLanguage(language);
        StringBuilder body = new StringBuilder();
        for (String paragraph : s.body().split("\n\n")) {
            for (String sentence : splitter.split(paragraph)) {
                int roll = random.nextInt(30);
                if (roll == 0) {
                    continue;
                }
                body.append(roll == 1 ? sentence.replaceFirst(" ", " not ") : sentence).append(' ');
                if (roll == 2) {
                    body.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
                }
            }
            body.append("\n\n");
        }
        return new VersionSection(s.key(), s.heading(), body.toString().strip());
    }

    private static BufferedReader reader(String file) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(testData().resolve(file))),
                StandardCharsets.UTF_8));
    }

    /** The repository's {@code bundles/testdata/}, from the working directory up. */
    private static Path testData() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("bundles/testdata/README.md"))) {
                return p.resolve("bundles/testdata");
            }
        }
        throw new IllegalStateException("no bundles/testdata/ in " + Path.of("").toAbsolutePath() + " or above it");
    }
}
