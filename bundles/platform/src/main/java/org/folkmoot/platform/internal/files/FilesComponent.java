package org.folkmoot.platform.internal.files;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.folkmoot.api.audit.AuditLog;
import org.folkmoot.api.files.Attachments;
import org.folkmoot.api.storage.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The platform's {@link Attachments} service, with each module's size limit from configuration. */
@Component(service = {Attachments.class, FilesComponent.class}, configurationPid = FilesComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = FilesComponent.Config.class)
public class FilesComponent extends JdbcAttachments {

    public static final String PID = "org.folkmoot.platform.Files";
    private static final Logger LOG = LoggerFactory.getLogger(FilesComponent.class);

    @ObjectClassDefinition(name = "Folkmoot files")
    public @interface Config {
        @AttributeDefinition(description = "The largest file, in bytes, for a module with no limit of its own")
        long maxBytes() default 20L << 20;

        @AttributeDefinition(description = "Limits of particular modules: module=bytes, separated by commas, such as plans=52428800,assets=10485760")
        String[] moduleMaxBytes() default {};
    }

    @Activate
    public FilesComponent(Config config, @Reference(target = "(folkmoot.storage=main)") DataSource dataSource,
            @Reference(target = "(folkmoot.module=platform)") ModuleSchema schema, @Reference AuditLog audit) {
        super(dataSource, audit, Clock.systemUTC(), Limits.from(config)::of);
    }

    @Modified
    void modified(Config config) {
        limits(Limits.from(config)::of);
    }

    /** A default and per-module limits. */
    record Limits(long fallback, Map<String, Long> byModule) {
        long of(String module) {
            return byModule.getOrDefault(module, fallback);
        }

        static Limits from(Config config) {
            Map<String, Long> by = new HashMap<>();
            // A .cfg file gives one string, "plans=52428800,assets=10485760"; a typed configuration an array.
            for (String entry : String.join(",", config.moduleMaxBytes()).split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                int eq = entry.indexOf('=');
                try {
                    by.put(entry.substring(0, eq).trim(), Long.parseLong(entry.substring(eq + 1).trim()));
                } catch (RuntimeException e) {
                    LOG.error("Ignoring moduleMaxBytes entry '{}': write module=bytes", entry);
                }
            }
            return new Limits(Math.max(1, config.maxBytes()), Map.copyOf(by));
        }
    }
}
