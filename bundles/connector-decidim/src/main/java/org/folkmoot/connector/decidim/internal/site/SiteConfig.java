package org.folkmoot.connector.decidim.internal.site;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One Decidim site to follow: a factory configuration, one {@code .cfg} per site, named
 * {@code org.folkmoot.connector.decidim.Site-<name>.cfg} in {@code conf/}.
 */
@ObjectClassDefinition(name = "Folkmoot Decidim site", description = "A council's Decidim site followed into the archive")
public @interface SiteConfig {

    /** The factory PID: one configuration per site. A PID is forever. */
    String PID = "org.folkmoot.connector.decidim.Site";

    @AttributeDefinition(description = "The site's public address, https, such as https://decidim.example.gov.uk; "
            + "links in search go there")
    String url();

    @AttributeDefinition(description = "Where to reach the GraphQL API when not at <url>/api (a proxy, an internal address)")
    String apiUrl() default "";

    @AttributeDefinition(description = "API key of a Decidim API user, for a site that requires signing in")
    String apiKey() default "";

    @AttributeDefinition(description = "API secret of that API user", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String apiSecret() default "";

    @AttributeDefinition(description = "Spaces to follow, such as participatory-process:7 or assembly:*; empty for every public space")
    String[] spaces() default {};

    @AttributeDefinition(description = "Minutes between looks for new items")
    int newItemsEveryMinutes() default 15;

    @AttributeDefinition(description = "Hours between full reconciles (edits, moderation, deletions)")
    int reconcileEveryHours() default 24;

    @AttributeDefinition(description = "Most requests a minute to the site (Decidim throttles at about 100 per address)")
    int requestsPerMinute() default 60;

    @AttributeDefinition(description = "Seconds to wait for an answer before trying again")
    int timeoutSeconds() default 30;
}
