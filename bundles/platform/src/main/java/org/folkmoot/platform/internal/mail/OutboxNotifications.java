package org.folkmoot.platform.internal.mail;

import java.net.URL;
import java.sql.Connection;
import java.time.Clock;
import java.util.Optional;

import org.folkmoot.api.jobs.JobRequest;
import org.folkmoot.api.jobs.JobScheduler;
import org.folkmoot.api.notifications.Notification;
import org.folkmoot.api.notifications.Notifications;
import org.folkmoot.api.notifications.Recipient;
import org.folkmoot.platform.internal.Jdbc;
import org.osgi.framework.Bundle;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * The outbox as each bundle sees it (bundle scope: templates come from the bundle that asked).
 * Renders the message now, in the recipient's language, and writes it with its sending job in the
 * caller's transaction; {@link SmtpMailer} sends it.
 */
@Component(service = Notifications.class, scope = ServiceScope.BUNDLE)
public class OutboxNotifications implements Notifications {
    private final String module;
    private final MailTemplates templates;
    private final JobScheduler jobs;
    private final Clock clock;

    @Activate
    public OutboxNotifications(ComponentContext context, @Reference JobScheduler jobs) {
        this(moduleOf(context.getUsingBundle()), new MailTemplates(path -> {
            URL u = context.getUsingBundle().getEntry(path);
            return u == null ? Optional.empty() : Optional.of(u.openStream());
        }), jobs, Clock.systemUTC());
    }

    public OutboxNotifications(String module, MailTemplates templates, JobScheduler jobs, Clock clock) {
        this.module = module;
        this.templates = templates;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public boolean send(Connection tx, Notification n) {
        Recipient r = n.recipient();
        Optional<Outbox.Contact> to = r.accountId() != null
                ? Jdbc.on(tx, c -> Outbox.contact(c, r.accountId()))
                : Optional.of(new Outbox.Contact(r.email(), r.language()));
        if (to.isEmpty()) {
            return false;
        }
        MailTemplates.Rendered m = templates.render(n.template(), to.get().language(), n.values());
        String id = Jdbc.on(tx, c -> Outbox.insert(c, module, n.template(), to.get().email(), m, clock.instant()));
        jobs.schedule(tx, JobRequest.once(Outbox.JOB, id, clock.instant(), id));
        return true;
    }

    private static String moduleOf(Bundle b) {
        String m = b.getHeaders().get("Folkmoot-Module");
        return m == null || m.isBlank() ? b.getSymbolicName() : m.trim();
    }
}
