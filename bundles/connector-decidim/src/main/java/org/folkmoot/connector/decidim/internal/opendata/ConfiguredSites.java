package org.folkmoot.connector.decidim.internal.opendata;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The sites configured as {@code org.folkmoot.connector.decidim.Site-<name>.cfg}: an open-data export is
 * imported only for a site Folkmoot follows, so that the follower carries on from it.
 */
public final class ConfiguredSites implements KnownSites {

    /** The factory PID of a site's configuration (see the site package). */
    static final String SITE_PID = "org.folkmoot.connector.decidim.Site";

    private final ConfigurationAdmin configurations;

    public ConfiguredSites(ConfigurationAdmin configurations) {
        this.configurations = configurations;
    }

    @Override
    public Optional<String> find(String address) {
        String host = host(address);
        if (host == null) {
            return Optional.empty();
        }
        try {
            Configuration[] sites = configurations.listConfigurations("(service.factoryPid=" + SITE_PID + ")");
            if (sites == null) {
                return Optional.empty();
            }
            for (Configuration site : sites) {
                Object url = site.getProperties() == null ? null : site.getProperties().get("url");
                if (url != null && host.equals(host(url.toString()))) {
                    return Optional.of(strip(url.toString()));
                }
            }
            return Optional.empty();
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("The site configurations could not be read: " + e.getMessage(), e);
        }
    }

    static String host(String address) {
        try {
            String host = URI.create(strip(address)).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strip(String url) {
        String s = url.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
