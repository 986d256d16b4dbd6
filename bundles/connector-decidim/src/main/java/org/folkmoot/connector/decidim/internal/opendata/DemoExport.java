package org.folkmoot.connector.decidim.internal.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The demo's open-data export of a fictional council's Decidim site, zipped from the CSV files in this
 * bundle ({@code demo/open-data/}, written for Folkmoot) as the site would offer it for download.
 */
public final class DemoExport {

    /** The fictional site. */
    public static final String SITE = "https://participate.example.gov.uk";
    public static final String HOST = "participate.example.gov.uk";
    private static final List<String> FILES = List.of("proposals", "proposal_comments", "debates", "meetings",
            "meeting_comments", "results", "projects");

    private DemoExport() {
    }

    /** Writes the ZIP. */
    public static void writeZip(OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String kind : FILES) {
                String name = HOST + "-open-data-" + kind + ".csv";
                try (InputStream in = DemoExport.class.getResourceAsStream("/demo/open-data/" + name)) {
                    if (in == null) {
                        throw new IOException("demo/open-data/" + name + " is missing from the bundle");
                    }
                    zip.putNextEntry(new ZipEntry(name));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
    }
}
