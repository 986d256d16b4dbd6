package org.folkmoot.platform.internal.audit;

import java.time.Clock;

import javax.sql.DataSource;

import org.folkmoot.api.audit.AuditLog;
import org.folkmoot.api.storage.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Registers the audit log once the platform's tables exist. */
@Component(service = AuditLog.class, immediate = true)
public class AuditComponent extends JdbcAuditLog {

    @Activate
    public AuditComponent(@Reference(target = "(folkmoot.storage=main)") DataSource dataSource,
            @Reference(target = "(folkmoot.module=platform)") ModuleSchema schema) {
        super(dataSource, Clock.systemUTC());
    }
}
