package org.folkmoot.connector.decidim.internal.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a large open-data export in Decidim's shape for the benchmark: proposals (HTML bodies, English, Welsh
 * labelled {@code en}, a few Catalan with a machine translation), debates, meetings and threaded comments, two in a
 * hundred by deleted accounts. Texts are drawn from the test sentences (CC0 Welsh, OGL petition titles). Seeded.
 */
public final class OpenDataGenerator {

    private static final String HOST = "bench.example.gov.uk";
    public static final String SITE = "https://" + HOST;

    private final List<String> welsh;
    private final List<String> english;
    private final List<String> catalan;
    private final Random random = new Random(2026);

    public OpenDataGenerator() throws IOException {
        welsh = lines("cy_sentences.txt");
        english = lines("en_petitions.txt");
        catalan = lines("ca_sentences.txt");
    }

    /** {@code zip ITEMS FILE}: writes an export of about ITEMS items (40% proposals, debates, meetings; 60% comments). */
    public static void main(String[] args) throws IOException {
        int items = Integer.parseInt(args[0].replace("_", ""));
        Path file = Path.of(args[1]);
        try (OutputStream out = Files.newOutputStream(file)) {
            new OpenDataGenerator().write(items, out);
        }
        System.out.printf("Wrote %s: %d items of %s, %.1f MiB%n", file, items, SITE, Files.size(file) / 1048576.0);
    }

    public void write(int items, OutputStream out) throws IOException {
        int proposals = items * 34 / 100;
        int debates = items * 3 / 100;
        int meetings = items * 3 / 100;
        int comments = items - proposals - debates - meetings;
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            entry(zip, w, "proposals");
            w.write("id;author/id;author/name;participatory_space/id;participatory_space/url;component/id;title/en;title/ca;"
                    + "title/machine_translations/es;body/en;body/ca;published_at;created_at;updated_at;url;comments\n");
            for (int i = 1; i <= proposals; i++) {
                Text t = text();
                boolean deleted = random.nextInt(100) < 2;
                w.write(i + ";" + (deleted ? "" : Integer.toString(1000 + random.nextInt(5000))) + ";" + (deleted ? "" : "Resident " + i)
                        + ";1;" + SITE + "/processes/budget;11;" + q(t.catalan ? "" : t.title) + ";" + q(t.catalan ? t.title : "")
                        + ";" + q(t.catalan ? "Traducción" : "") + ";" + q(t.catalan ? "" : t.html) + ";" + q(t.catalan ? t.html : "")
                        + ";" + date(i) + ";" + date(i) + ";" + date(i) + ";" + SITE + "/processes/budget/f/11/proposals/" + i + ";0\n");
            }
            entry(zip, w, "debates");
            w.write("id;author/id;author/name;title/en;description/en;participatory_space/id;participatory_space/url;component/id;url\n");
            for (int i = 1; i <= debates; i++) {
                Text t = text();
                w.write(i + ";" + (2000 + i) + ";Resident;" + q(t.title) + ";" + q(t.html) + ";1;" + SITE + "/processes/budget;12;"
                        + SITE + "/processes/budget/f/12/debates/" + i + "\n");
            }
            entry(zip, w, "meetings");
            w.write("id;participatory_space/id;participatory_space/url;component/id;title/en;description/en;start_time;url\n");
            for (int i = 1; i <= meetings; i++) {
                Text t = text();
                w.write(i + ";1;" + SITE + "/processes/budget;13;" + q(t.title) + ";" + q(t.html) + ";2024-05-01 18:00:00;"
                        + SITE + "/processes/budget/f/13/meetings/" + i + "\n");
            }
            entry(zip, w, "proposal_comments");
            w.write("id,created_at,body,locale,author/id,author/name,alignment,depth,commentable_id,commentable_type,root_commentable_url\n");
            for (int i = 1; i <= comments; i++) {
                Text t = text();
                int proposal = 1 + random.nextInt(Math.max(1, proposals));
                boolean reply = i > 1 && random.nextInt(3) == 0;
                boolean deleted = random.nextInt(100) < 2;
                w.write(i + "," + date(i) + "," + q(t.plain) + ",en," + (3000 + random.nextInt(9000)) + "," + (deleted ? "" : "Resident")
                        + ",0," + (reply ? 1 : 0) + "," + (reply ? (i - 1) + ",Decidim::Comments::Comment" : proposal + ",Decidim::Proposals::Proposal")
                        + "," + SITE + "/processes/budget/f/11/proposals/" + proposal + "\n");
            }
            w.flush();
            zip.closeEntry();
        }
    }

    private record Text(String title, String html, String plain, boolean catalan) {
    }

    private Text text() {
        int pick = random.nextInt(100);
        List<String> pool = pick < 30 ? welsh : pick < 35 ? catalan : english;
        String a = pool.get(random.nextInt(pool.size()));
        String b = pool.get(random.nextInt(pool.size()));
        return new Text(a, "<p>" + a + "</p><p>" + b.replace("&", "&amp;") + "</p>", a + " " + b, pool == catalan);
    }

    private static String date(int i) {
        return "2024-0" + (1 + i % 9) + "-" + (10 + i % 18) + " 12:" + (10 + i % 50) + ":00 UTC";
    }

    private static String q(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }


    private static void entry(ZipOutputStream zip, Writer w, String kind) throws IOException {
        w.flush();
        zip.putNextEntry(new ZipEntry(HOST + "-open-data-" + kind + ".csv"));
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = OpenDataGenerator.class.getResourceAsStream("/language/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
