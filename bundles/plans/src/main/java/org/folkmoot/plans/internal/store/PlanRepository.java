package org.folkmoot.plans.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.folkmoot.api.storage.StorageException;
import org.folkmoot.api.storage.Transactions;
import org.folkmoot.plans.internal.plan.Plan;
import org.folkmoot.plans.internal.plan.PlanException;

/**
 * Plans in the module's table. {@link #change} loads a plan, lets a step change it and writes it
 * back in one transaction, refusing (409) if someone else saved it in between; a step that throws
 * writes nothing. {@code after} work (scheduling a reminder) joins the same transaction.
 */
public final class PlanRepository {
    /** Work done in the transaction that saves a plan. */
    @FunctionalInterface
    public interface AfterSave {
        void saved(Connection tx, Plan plan) throws SQLException;
    }

    /** A step on a plan, returning what the caller wants back. */
    @FunctionalInterface
    public interface Step<T> {
        T apply(Plan plan);
    }

    private final DataSource dataSource;
    private final Transactions transactions;
    private final Clock clock;
    private final AfterSave after;

    public PlanRepository(DataSource dataSource, Transactions transactions, Clock clock, AfterSave after) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.clock = clock;
        this.after = after;
    }

    public void create(Plan plan) {
        transactions.run(tx -> {
            try (PreparedStatement s = tx.prepareStatement("SELECT 1 FROM plans_plan WHERE id = ?")) {
                s.setString(1, plan.id());
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        throw new PlanException(409, "id", "There is already a plan " + plan.id() + ".", "plans.error.exists", plan.id());
                    }
                }
            }
            Timestamp now = Timestamp.from(clock.instant());
            try (PreparedStatement s = tx.prepareStatement("INSERT INTO plans_plan (id, plan_type, rule_set, title_en, title_cy, document,"
                    + " revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)")) {
                s.setString(1, plan.id());
                s.setString(2, plan.type().name());
                s.setString(3, plan.rules());
                s.setString(4, plan.title().en());
                s.setString(5, plan.title().cy());
                s.setString(6, PlanJson.write(plan));
                s.setTimestamp(7, now);
                s.setTimestamp(8, now);
                s.executeUpdate();
            }
            after.saved(tx, plan);
            return null;
        });
    }

    public Optional<Plan> find(String id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT document FROM plans_plan WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(PlanJson.read(r.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    public Plan get(String id) {
        return find(id).orElseThrow(() -> new PlanException(404, null, "There is no plan " + id + ".", "plans.error.no-plan", id));
    }

    public List<Plan> all() {
        List<Plan> plans = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT document FROM plans_plan ORDER BY created_at, id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                plans.add(PlanJson.read(r.getString(1)));
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
        return plans;
    }

    public int count() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM plans_plan");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    /** Loads plan {@code id}, applies the step and saves it, all in one transaction. */
    public <T> T change(String id, Step<T> step) {
        return transactions.inTransaction(tx -> {
            String json;
            int revision;
            try (PreparedStatement s = tx.prepareStatement("SELECT document, revision FROM plans_plan WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new PlanException(404, null, "There is no plan " + id + ".", "plans.error.no-plan", id);
                    }
                    json = r.getString(1);
                    revision = r.getInt(2);
                }
            }
            Plan plan = PlanJson.read(json);
            T result = step.apply(plan);
            try (PreparedStatement s = tx.prepareStatement("UPDATE plans_plan SET document = ?, title_en = ?, title_cy = ?,"
                    + " revision = revision + 1, updated_at = ? WHERE id = ? AND revision = ?")) {
                s.setString(1, PlanJson.write(plan));
                s.setString(2, plan.title().en());
                s.setString(3, plan.title().cy());
                s.setTimestamp(4, Timestamp.from(clock.instant()));
                s.setString(5, id);
                s.setInt(6, revision);
                if (s.executeUpdate() != 1) {
                    throw new PlanException(409, null, "Someone else changed " + id + " at the same moment: load it again and repeat.",
                            "plans.error.concurrent", id);
                }
            }
            after.saved(tx, plan);
            return result;
        });
    }
}
