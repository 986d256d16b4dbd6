package org.folkmoot.connector.consul.internal.site;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One CONSUL site to follow: a factory configuration, one {@code .cfg} per site, named
 * {@code org.folkmoot.connector.consul.Site-<name>.cfg} in {@code conf/}.
 */
@ObjectClassDefinition(name = "Folkmoot CONSUL site", description = "A council's CONSUL Democracy site followed into the archive")
public @interface SiteConfig {

    /** The factory PID: one configuration per site. A PID is forever. */
    String PID = "org.folkmoot.connector.consul.Site";

    @AttributeDefinition(description = "The site's public address, https, such as https://consul.example.gov.uk; links in "
            + "search go there")
    String url();

    @AttributeDefinition(description = "Where to reach the GraphQL API when not at <url>/graphql (a proxy, an internal address)")
    String apiUrl() default "";

    @AttributeDefinition(description = "Minutes between syncs")
    int syncEveryMinutes() default 60;

    @AttributeDefinition(description = "Most requests a minute to the site")
    int requestsPerMinute() default 30;

    @AttributeDefinition(description = "Seconds to wait for an answer before trying again")
    int timeoutSeconds() default 30;
}
