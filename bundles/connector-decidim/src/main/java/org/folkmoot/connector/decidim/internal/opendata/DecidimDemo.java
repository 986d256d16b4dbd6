package org.folkmoot.connector.decidim.internal.opendata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.connector.decidim.internal.item.DecidimItem;
import org.folkmoot.connector.decidim.internal.item.ItemType;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In demo mode ({@code folkmoot.demo=true}) the open-data export of a fictional council's Decidim site
 * ({@link DemoExport}, written for Folkmoot) is imported as a council would import its own, so that a visitor
 * finds proposals, debates and comments in search in English, Welsh, Catalan and Portuguese, each linked to its
 * original on the (fictional) site. Nothing reaches the network. An archive that has them already is left alone.
 */
@Component(immediate = true)
public class DecidimDemo {

    private static final Logger LOG = LoggerFactory.getLogger(DecidimDemo.class);

    @Activate
    public DecidimDemo(BundleContext context, @Reference OpenDataService openData, @Reference ContributionArchive archive) {
        if (!"true".equalsIgnoreCase(context.getProperty("folkmoot.demo"))
                || archive.byExternalId(DecidimItem.externalId(DemoExport.HOST, ItemType.PROPOSAL, "1")).isPresent()) {
            return;
        }
        try {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            DemoExport.writeZip(zip);
            OpenDataProgress progress = openData.accept(DemoExport.SITE, new ByteArrayInputStream(zip.toByteArray()),
                    "demo open-data.zip");
            LOG.info("Demo data: the open-data export of {} (a fictional Decidim site) is being imported ({} rows)",
                    DemoExport.SITE, progress.rows());
        } catch (IOException | OpenDataRefused | RuntimeException e) {
            LOG.error("Demo data for the Decidim connector could not be imported", e);
        }
    }
}
