package org.folkmoot.plans.internal.store;

import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.folkmoot.api.jobs.JobScheduler;
import org.folkmoot.api.storage.ModuleSchema;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.plans.internal.reminders.ReportReminders;
import org.folkmoot.plans.internal.rules.PlanRuleBook;
import org.folkmoot.plans.internal.rules.PlanRules;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.plan.PlanException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's storage, rules and clock, available once the platform has applied this bundle's
 * migrations (the {@link ModuleSchema} for {@code plans}); pages and resources reference this
 * component, so they appear only when the table exists.
 */
@Component(service = PlanStore.class, immediate = true, configurationPid = PlanStore.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = PlanStore.Reporting.class)
public class PlanStore {
    public static final String PID = "org.folkmoot.plans.Reporting";

    /** What the law leaves to the council about progress reports. */
    @ObjectClassDefinition(name = "Folkmoot plans: progress reports",
            description = "Choices the law leaves to the council about plans' progress reports")
    public @interface Reporting {
        @AttributeDefinition(description = "Months after a Scottish reporting year (1 April to 31 March) by which the council publishes"
                + " its LOIP and locality plan progress reports. The Community Empowerment (Scotland) Act 2015 ss. 8 and 12 set"
                + " no date; 6 (30 September) unless the council chose another. 1 to 12.")
        int scottishReportMonths() default 6;
    }

    private final PlanRepository plans;
    private final PlanRuleBook rules;
    private final ReportReminders reminders;
    private final Clock clock;

    @Activate
    public PlanStore(@Reference DataSource dataSource, @Reference Transactions transactions, @Reference JobScheduler jobs,
                     @Reference(target = "(" + ModuleSchema.MODULE_PROPERTY + "=plans)") ModuleSchema schema, Reporting reporting) {
        this(dataSource, transactions, jobs, PlanRuleBook.bundled().withCouncilReportMonths(reporting.scottishReportMonths()),
                Clock.systemUTC());
    }

    /** Over any data source with the V1 schema (and the platform's jobs table), with a test's clock and rules. */
    public static PlanStore of(DataSource dataSource, Transactions transactions, JobScheduler jobs, PlanRuleBook rules, Clock clock) {
        return new PlanStore(dataSource, transactions, jobs, rules, clock);
    }

    private PlanStore(DataSource dataSource, Transactions transactions, JobScheduler jobs, PlanRuleBook rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
        this.reminders = new ReportReminders(jobs, rules, clock);
        this.plans = new PlanRepository(dataSource, transactions, clock, reminders);
    }

    public PlanRepository plans() {
        return plans;
    }

    public PlanRuleBook rules() {
        return rules;
    }

    public ReportReminders reminders() {
        return reminders;
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return clock.instant().atZone(Plan.UK).toLocalDate();
    }

    /** The rule set a plan started under. */
    public PlanRules rulesOf(Plan plan) {
        return rules.byId(plan.rules()).orElseThrow(() -> new PlanException(500, null, "Plan " + plan.id()
                + " was started under rules " + plan.rules() + ", which this release does not have.", "plans.error.rules", plan.rules()));
    }
}
