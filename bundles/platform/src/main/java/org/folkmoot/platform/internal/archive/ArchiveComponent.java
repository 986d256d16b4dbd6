package org.folkmoot.platform.internal.archive;

import java.time.Clock;

import javax.sql.DataSource;

import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.audit.AuditLog;
import org.folkmoot.api.storage.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Registers the contribution archive once the platform's tables exist. */
@Component(service = {ContributionArchive.class, ArchiveComponent.class}, immediate = true)
public class ArchiveComponent extends JdbcContributionArchive {

    private final JsonLinesImporter importer;
    private final AuditLog audit;

    @Activate
    public ArchiveComponent(@Reference(target = "(folkmoot.storage=main)") DataSource dataSource,
            @Reference(target = "(folkmoot.module=platform)") ModuleSchema schema, @Reference AuditLog audit) {
        super(dataSource, audit, Clock.systemUTC());
        this.importer = new JsonLinesImporter(this, dataSource);
        this.audit = audit;
        if ("h2".equals(schema.database())) {
            skipAhead();
        }
    }

    public AuditLog auditLog() {
        return audit;
    }

    public JsonLinesImporter importer() {
        return importer;
    }
}
