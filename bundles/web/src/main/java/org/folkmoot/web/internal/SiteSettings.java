package org.folkmoot.web.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The council's own site: the service's name, the council's name, logo and link, the footer's links
 * and what the accessibility statement must say, from {@code conf/org.folkmoot.web.Site.cfg}. Every
 * page's layout reads it, so a change applies to the next page served.
 */
@Component(service = SiteSettings.class, configurationPid = SiteSettings.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = SiteSettings.Config.class)
public class SiteSettings {

    public static final String PID = "org.folkmoot.web.Site";
    private static final Logger LOG = LoggerFactory.getLogger(SiteSettings.class);
    private static final List<String> NATIONS = List.of("england", "wales", "scotland", "northern-ireland");
    private static final List<String> COMPLIANCE = List.of("full", "partial", "not");

    @ObjectClassDefinition(name = "Folkmoot: the council's site")
    public @interface Config {
        @AttributeDefinition(description = "The service's name in English, in the header and every page title")
        String serviceName() default "Folkmoot";

        @AttributeDefinition(description = "The service's name in Welsh")
        String serviceNameCy() default "Folkmoot";

        @AttributeDefinition(description = "The council's name in English; empty for a trial installation")
        String councilName() default "";

        @AttributeDefinition(description = "The council's name in Welsh (the English one when empty)")
        String councilNameCy() default "";

        @AttributeDefinition(description = "The council's own website (https), linked from the header")
        String councilUrl() default "";

        @AttributeDefinition(description = "The council's logo: a path on this site (the Content-Security-Policy allows images from this site only), such as /council/logo.svg served by the council's proxy")
        String councilLogo() default "";

        @AttributeDefinition(description = "Where residents contact the council: an https URL or mailto: address")
        String contactUrl() default "";

        @AttributeDefinition(description = "Email address for accessibility and data protection questions")
        String contactEmail() default "";

        @AttributeDefinition(description = "Telephone number for the same")
        String contactPhone() default "";

        @AttributeDefinition(description = "The data protection officer's email or postal address")
        String dataProtectionOfficer() default "";

        @AttributeDefinition(description = "The accessibility statement: /accessibility (generated) or the council's own page")
        String accessibilityUrl() default "/accessibility";

        @AttributeDefinition(description = "The privacy notice: /privacy (generated from the enabled modules) or the council's own page")
        String privacyUrl() default "/privacy";

        @AttributeDefinition(description = "The cookies page: /cookies (generated) or the council's own page")
        String cookiesUrl() default "/cookies";

        @AttributeDefinition(description = "The council's nation, for the enforcement body: england, wales, scotland or northern-ireland")
        String nation() default "england";

        @AttributeDefinition(description = "WCAG 2.2 AA compliance the council states: full, partial or not")
        String complianceStatus() default "partial";

        @AttributeDefinition(description = "Content that is not accessible and why, in English; items separated by |")
        String[] nonAccessibleContent() default {};

        @AttributeDefinition(description = "The same items in Welsh, in the same order, separated by |")
        String[] nonAccessibleContentCy() default {};

        @AttributeDefinition(description = "When the accessibility statement was prepared (YYYY-MM-DD)")
        String statementPrepared() default "";

        @AttributeDefinition(description = "When it was last reviewed (YYYY-MM-DD)")
        String statementReviewed() default "";

        @AttributeDefinition(description = "When the site was last tested, and by whom (YYYY-MM-DD)")
        String lastTested() default "";

        @AttributeDefinition(description = "Who carried out that test")
        String testedBy() default "";
    }

    /** One link in the footer. */
    public record Link(String key, String href) {
    }

    /** What a page in one language shows of the site. */
    public record Site(String serviceName, String councilName, String councilUrl, String councilLogo,
                       List<Link> footerLinks, String contactEmail, String contactPhone, String dataProtectionOfficer,
                       String nation, String complianceStatus, List<String> nonAccessibleContent,
                       LocalDate statementPrepared, LocalDate statementReviewed, LocalDate lastTested, String testedBy) {
        public boolean hasCouncil() {
            return !councilName.isEmpty();
        }
    }

    /** The site in English and in Welsh, worked out (and any bad setting logged) once per configuration. */
    private volatile Site english;
    private volatile Site welsh;

    @Activate
    public SiteSettings(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        Site en = english(config);
        welsh = welsh(config, en);
        english = en;
    }

    /**
     * Settings outside OSGi (tests, the renderer fixture): each attribute from {@code values} by its
     * name, else its default.
     */
    public static SiteSettings of(java.util.Map<String, ?> values) {
        Config c = (Config) java.lang.reflect.Proxy.newProxyInstance(Config.class.getClassLoader(),
                new Class<?>[] {Config.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> Config.class;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "SiteSettings.Config" + values;
                    default -> values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue();
                });
        return new SiteSettings(c);
    }

    /** The site as a page in {@code language} shows it. */
    public Site site(String language) {
        return "cy".equals(language) ? welsh : english;
    }

    private static Site english(Config c) {
        List<Link> footer = new ArrayList<>();
        addLink(footer, "footer.accessibility", c.accessibilityUrl());
        addLink(footer, "footer.privacy", c.privacyUrl());
        addLink(footer, "footer.cookies", c.cookiesUrl());
        addLink(footer, "footer.contact", c.contactUrl());
        return new Site(text(c.serviceName(), "Folkmoot"), text(c.councilName(), ""),
                safeLink(c.councilUrl()), sitePath(c.councilLogo()), List.copyOf(footer),
                text(c.contactEmail(), ""), text(c.contactPhone(), ""), text(c.dataProtectionOfficer(), ""),
                oneOf(c.nation(), NATIONS, "nation"), oneOf(c.complianceStatus(), COMPLIANCE, "complianceStatus"),
                items(c.nonAccessibleContent()),
                date(c.statementPrepared(), "statementPrepared"), date(c.statementReviewed(), "statementReviewed"),
                date(c.lastTested(), "lastTested"), text(c.testedBy(), ""));
    }

    /** The English site with its names and known problems in Welsh, where the council gave them. */
    private static Site welsh(Config c, Site en) {
        return new Site(text(or(c.serviceNameCy(), c.serviceName()), "Folkmoot"), text(or(c.councilNameCy(), c.councilName()), ""),
                en.councilUrl(), en.councilLogo(), en.footerLinks(), en.contactEmail(), en.contactPhone(),
                en.dataProtectionOfficer(), en.nation(), en.complianceStatus(),
                c.nonAccessibleContentCy().length > 0 ? items(c.nonAccessibleContentCy()) : en.nonAccessibleContent(),
                en.statementPrepared(), en.statementReviewed(), en.lastTested(), en.testedBy());
    }

    /** Items separated by {@code |} (a {@code .cfg} value is one string). */
    private static List<String> items(String[] values) {
        return Arrays.stream(values).flatMap(s -> Arrays.stream(s.split("\\|"))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static void addLink(List<Link> links, String key, String href) {
        String safe = safeLink(href);
        if (!safe.isEmpty()) {
            links.add(new Link(key, safe));
        }
    }

    /**
     * Only a path on this site, an https URL or a mailto: address reaches a page: anything else in
     * the configuration (a typo, a {@code javascript:} URL) is left out and logged.
     */
    static String safeLink(String href) {
        String h = href == null ? "" : href.strip();
        if (h.isEmpty()) {
            return "";
        }
        boolean path = h.startsWith("/") && !h.startsWith("//");
        String lower = h.toLowerCase(Locale.ROOT);
        if (path || lower.startsWith("https://") || lower.startsWith("mailto:")) {
            return h;
        }
        LOG.warn("{}: '{}' is not a path, an https URL or a mailto: address; left out", PID, h);
        return "";
    }

    /** A path on this site, or nothing. */
    static String sitePath(String href) {
        String safe = safeLink(href);
        return safe.startsWith("/") ? safe : "";
    }

    private static String oneOf(String value, List<String> allowed, String name) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (allowed.contains(v)) {
            return v;
        }
        LOG.warn("{}: {} must be one of {}, not '{}'; using {}", PID, name, allowed, value, allowed.get(0));
        return allowed.get(0);
    }

    private static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            LOG.warn("{}: {} must be a date such as 2027-05-15, not '{}'; left out", PID, name, value);
            return null;
        }
    }

    private static String or(String first, String second) {
        return first == null || first.isBlank() ? second : first;
    }

    private static String text(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
