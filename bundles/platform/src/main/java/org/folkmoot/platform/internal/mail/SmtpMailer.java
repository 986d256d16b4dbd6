package org.folkmoot.platform.internal.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.folkmoot.api.jobs.Job;
import org.folkmoot.api.jobs.JobHandler;
import org.folkmoot.platform.internal.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends one outbox message per run of the job {@code platform.mail}, over SMTP as configured in
 * {@code conf/org.folkmoot.platform.Mail.cfg}. Without that file nothing is sent and messages wait
 * in the outbox (no runtime claims their jobs). A failure is the job's: retried with backoff.
 */
@Component(service = JobHandler.class, configurationPid = SmtpMailer.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = JobHandler.NAME_PROPERTY + "=" + Outbox.JOB)
@Designate(ocd = SmtpMailer.Config.class)
public class SmtpMailer implements JobHandler {
    public static final String PID = "org.folkmoot.platform.Mail";

    @ObjectClassDefinition(name = "Folkmoot mail", description = "The SMTP server notifications are sent through")
    public @interface Config {
        String host();

        int port() default 587;

        @AttributeDefinition(description = "The sender's address, e.g. Folkmoot <no-reply@council.gov.uk>")
        String from();

        @AttributeDefinition(description = "Empty for a server that needs no login")
        String username() default "";

        @AttributeDefinition(type = AttributeType.PASSWORD)
        String password() default "";

        @AttributeDefinition(description = "Require STARTTLS (true), or send in clear (false: only to a relay on this machine)")
        boolean starttls() default true;
    }

    /** The settings, as plain values, so tests need no annotation instance. */
    public record Settings(String host, int port, String from, String username, String password, boolean starttls) {
    }

    private final DataSource dataSource;
    private final Settings settings;
    private final Clock clock;

    @Activate
    public SmtpMailer(@Reference(target = "(folkmoot.storage=main)") DataSource dataSource, Config c) {
        this(dataSource, new Settings(c.host(), c.port(), c.from(), c.username(), c.password(), c.starttls()), Clock.systemUTC());
    }

    public SmtpMailer(DataSource dataSource, Settings settings, Clock clock) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run(Job job) throws MessagingException {
        Optional<Outbox.Message> found = Jdbc.inTransaction(dataSource, c -> Outbox.find(c, job.payload()));
        if (found.isEmpty() || found.get().sent()) {
            return; // already sent by an earlier run whose lease ran out
        }
        send(found.get());
        Jdbc.inTransaction(dataSource, c -> {
            Outbox.markSent(c, job.payload(), clock.instant());
            return null;
        });
    }

    private void send(Outbox.Message m) throws MessagingException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        // Jakarta Mail finds its stream provider through the context class loader; inside OSGi
        // that must be Angus's own bundle
        thread.setContextClassLoader(SMTPTransport.class.getClassLoader());
        try {
            Session session = Session.getInstance(properties());
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(m.recipient(), true));
            message.setSubject(m.subject(), StandardCharsets.UTF_8.name());
            message.setText(m.body(), StandardCharsets.UTF_8.name());
            message.setHeader("Content-Language", m.language());
            message.setSentDate(Date.from(clock.instant()));
            message.saveChanges();
            // the transport is made directly, not looked up by protocol name: no provider
            // registry to find inside OSGi
            URLName url = new URLName("smtp", settings.host(), settings.port(), null,
                    blankToNull(settings.username()), blankToNull(settings.password()));
            try (SMTPTransport transport = new SMTPTransport(session, url)) {
                transport.connect(settings.host(), settings.port(), blankToNull(settings.username()),
                        blankToNull(settings.password()));
                transport.sendMessage(message, message.getAllRecipients());
            }
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", String.valueOf(settings.port()));
        p.put("mail.smtp.auth", String.valueOf(!settings.username().isBlank()));
        p.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        p.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.writetimeout", "20000");
        return p;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
