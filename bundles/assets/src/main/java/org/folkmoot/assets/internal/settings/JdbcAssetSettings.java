package org.folkmoot.assets.internal.settings;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.folkmoot.assets.internal.calendar.CalendarRegion;
import org.folkmoot.assets.internal.calendar.HolidaySchedule;
import org.folkmoot.assets.internal.calendar.WorkingDayCalendar;
import org.folkmoot.assets.internal.cases.CaseException;
import org.folkmoot.assets.internal.cases.TransferPipeline;
import org.folkmoot.assets.internal.rules.RuleBook;

/**
 * What a council configures for this module, kept in the database: its calendar edits, the
 * commencement dates of rule sets not yet in force at release, and its transfer pipelines.
 */
public final class JdbcAssetSettings {
    private final DataSource dataSource;
    private final Clock clock;

    public JdbcAssetSettings(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    // ---- calendar ---------------------------------------------------------------------------

    /** Adds a holiday (a local holiday, or a one-off the release did not know). */
    public void addHoliday(CalendarRegion region, LocalDate day, String name, String by) {
        edit(region, day, "add", name, by);
    }

    /** Makes a bundled holiday a working day for this council. */
    public void removeHoliday(CalendarRegion region, LocalDate day, String reason, String by) {
        edit(region, day, "remove", reason, by);
    }

    /** Forgets the council's edit of that day: the bundled calendar applies again. */
    public void clearEdit(CalendarRegion region, LocalDate day) {
        update("DELETE FROM assets_calendar_edit WHERE region = ? AND holiday_date = ?", region.name(), Date.valueOf(day));
    }

    public HolidaySchedule calendarEdits(CalendarRegion region) {
        String text = query("SELECT edit_action, holiday_date, name FROM assets_calendar_edit WHERE region = ? "
                + "ORDER BY holiday_date", rs -> {
                    StringBuilder sb = new StringBuilder();
                    while (rs.next()) {
                        sb.append(rs.getString(1)).append(' ').append(rs.getDate(2).toLocalDate()).append(' ')
                                .append(rs.getString(3).replace('\n', ' ')).append('\n');
                    }
                    return sb.toString();
                }, region.name());
        return HolidaySchedule.parse(text);
    }

    public WorkingDayCalendar calendar(CalendarRegion region) {
        return WorkingDayCalendar.withEdits(region, calendarEdits(region));
    }

    private void edit(CalendarRegion region, LocalDate day, String action, String name, String by) {
        if (day == null) {
            throw CaseException.invalid("Give the date.");
        }
        update("DELETE FROM assets_calendar_edit WHERE region = ? AND holiday_date = ?", region.name(), Date.valueOf(day));
        update("INSERT INTO assets_calendar_edit (region, holiday_date, edit_action, name, edited_by, edited_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", region.name(), Date.valueOf(day), action, name == null ? "" : name.strip(),
                by == null ? "" : by, Timestamp.from(clock.instant()));
    }

    // ---- rule commencement ------------------------------------------------------------------

    public void setCommencement(String ruleSetId, LocalDate effectiveFrom) {
        if (RuleBook.bundled().byId(ruleSetId).isEmpty()) {
            throw CaseException.invalid("There is no rule set '" + ruleSetId + "'.");
        }
        update("DELETE FROM assets_rule_commencement WHERE rule_set_id = ?", ruleSetId);
        update("INSERT INTO assets_rule_commencement (rule_set_id, effective_from) VALUES (?, ?)", ruleSetId,
                Date.valueOf(effectiveFrom));
    }

    public Map<String, LocalDate> commencements() {
        return query("SELECT rule_set_id, effective_from FROM assets_rule_commencement", rs -> {
            Map<String, LocalDate> m = new HashMap<>();
            while (rs.next()) {
                m.put(rs.getString(1), rs.getDate(2).toLocalDate());
            }
            return m;
        });
    }

    /** The bundled rule sets with the configured commencement dates. */
    public RuleBook ruleBook() {
        return RuleBook.bundled(commencements());
    }

    // ---- pipelines --------------------------------------------------------------------------

    public void savePipeline(TransferPipeline p) {
        String stages = p.stages().stream()
                .map(s -> s.key() + " | " + s.name() + " | " + s.target().map(Period::toString).orElse(""))
                .collect(Collectors.joining("\n"));
        update("DELETE FROM assets_pipeline WHERE id = ?", p.id());
        update("INSERT INTO assets_pipeline (id, name, stages) VALUES (?, ?, ?)", p.id(), p.name(), stages);
    }

    public Optional<TransferPipeline> pipeline(String id) {
        return query("SELECT name, stages FROM assets_pipeline WHERE id = ?",
                rs -> rs.next() ? Optional.of(TransferPipeline.parse(id, rs.getString(1), rs.getString(2))) : Optional.empty(),
                id);
    }

    // ---- JDBC -------------------------------------------------------------------------------

    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(String sql, Reader<T> reader, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the assets settings", e);
        }
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the assets settings", e);
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }
}
