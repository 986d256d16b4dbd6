package org.folkmoot.connector.consul.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.security.Pseudonyms;
import org.folkmoot.api.text.HtmlText;
import org.folkmoot.api.text.TextLanguage;
import org.folkmoot.connector.consul.internal.client.Answer;
import org.folkmoot.connector.consul.internal.client.ConsulItem;
import org.folkmoot.connector.consul.internal.client.ConsulReader;
import org.folkmoot.connector.consul.internal.client.ItemType;
import org.folkmoot.connector.consul.internal.client.SourceException;
import org.folkmoot.connector.consul.internal.mapping.ConsulMapper;
import org.folkmoot.connector.consul.internal.site.ConsulStorage;
import org.folkmoot.connector.consul.internal.sync.ItemWriter;
import org.folkmoot.connector.consul.internal.sync.SyncCounts;
import org.folkmoot.connector.consul.internal.sync.SyncStore;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In demo mode ({@code folkmoot.demo=true}) the recorded answers of a fictional council's CONSUL site
 * ({@code demo/consul-site.json}, written for Folkmoot in the shape of CONSUL's API) go through the same reading,
 * mapping and writing as a sync, so that a visitor finds its proposals, debates and comments in search, in English
 * and Welsh, each linked to its original on the (fictional) site. Nothing reaches the network. An archive that has
 * them already is left alone.
 */
@Component(immediate = true)
public class ConsulDemo {

    static final String RESOURCE = "/demo/consul-site.json";
    private static final Logger LOG = LoggerFactory.getLogger(ConsulDemo.class);

    @Activate
    public ConsulDemo(BundleContext context, @Reference ContributionArchive archive, @Reference Pseudonyms pseudonyms,
            @Reference HtmlText html, @Reference TextLanguage languages, @Reference ConsulStorage storage) {
        if (!"true".equalsIgnoreCase(context.getProperty("folkmoot.demo"))) {
            return;
        }
        try {
            SyncCounts counts = load(archive, new ConsulMapper(pseudonyms, html, languages), storage.store(), Clock.systemUTC());
            LOG.info("Demo data: the recorded answers of a fictional CONSUL site: {}", counts);
        } catch (IOException | SourceException | RuntimeException e) {
            LOG.error("Demo data for the CONSUL connector could not be loaded", e);
        }
    }

    /** Applies the demo's recorded answers as a sync would; nothing when the archive has them already. */
    static SyncCounts load(ContributionArchive archive, ConsulMapper mapper, SyncStore store, Clock clock)
            throws IOException, SourceException {
        JsonNode demo;
        try (InputStream in = ConsulDemo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing from the bundle");
            }
            demo = new ObjectMapper().readTree(in);
        }
        String url = demo.get("site").asText();
        String host = java.net.URI.create(url).getHost();
        if (archive.byExternalId(ConsulMapper.externalId(host, ItemType.PROPOSAL, "201")).isPresent()) {
            return SyncCounts.NONE;
        }
        long run = store.startRun(host, clock.instant());
        ItemWriter writer = new ItemWriter(host, url, archive, mapper, store, clock);
        SyncCounts.Tally n = new SyncCounts.Tally();
        for (JsonNode answer : demo.get("answers")) {
            ItemType type = ItemType.valueOf(answer.get("collection").asText().replaceAll("s$", "").toUpperCase(java.util.Locale.ROOT));
            for (ConsulItem item : ConsulReader.read(type, new Answer(answer.get("data"), List.of()), null).items()) {
                writer.apply(item, run, n);
            }
        }
        SyncCounts counts = n.counts(0);
        store.recordRun(run, counts, "done", "", "", clock.instant());
        return counts;
    }
}
