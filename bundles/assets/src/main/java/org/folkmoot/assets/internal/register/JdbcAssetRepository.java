package org.folkmoot.assets.internal.register;

import java.math.BigDecimal;
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

import org.folkmoot.api.storage.Transactions;

/**
 * The register in table {@code assets_asset} (db/migration/V1__assets.sql), over the platform's
 * data source. Plain JDBC that runs on PostgreSQL and on H2 in PostgreSQL mode; the upsert is an
 * UPDATE then, if nothing matched, an INSERT in one transaction (no dialect-specific MERGE).
 */
public final class JdbcAssetRepository implements AssetRepository {
    private static final String COLUMNS = "uprn, asset_code, organisation, organisation_label, name, address, post_town, "
            + "postcode, location_crs, location_x, location_y, tenure_type, tenure_detail, holding_type, current_use, "
            + "asset_condition, updated_at";

    private final DataSource dataSource;
    private final Transactions transactions;
    private final Clock clock;

    public JdbcAssetRepository(DataSource dataSource, Transactions transactions, Clock clock) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<Asset> find(AssetKey key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM assets_asset WHERE uprn = ? AND asset_code = ?")) {
            ps.setString(1, key.uprn());
            ps.setString(2, key.assetCode());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read asset " + key, e);
        }
    }

    @Override
    public boolean upsert(Asset a) {
        return upsertAll(List.of(a)) == 1;
    }

    /** One connection and one transaction for the whole import. */
    @Override
    public int upsertAll(List<Asset> assets) {
        return transactions.inTransaction(c -> {
            int created = 0;
            for (Asset a : assets) {
                created += upsertOne(c, a) ? 1 : 0;
            }
            return created;
        });
    }

    private boolean upsertOne(Connection c, Asset a) throws SQLException {
        int updated;
        try (PreparedStatement ps = c.prepareStatement("UPDATE assets_asset SET organisation = ?, "
                + "organisation_label = ?, name = ?, address = ?, post_town = ?, postcode = ?, location_crs = ?, "
                + "location_x = ?, location_y = ?, tenure_type = ?, tenure_detail = ?, holding_type = ?, "
                + "current_use = ?, asset_condition = ?, updated_at = ? WHERE uprn = ? AND asset_code = ?")) {
            int i = bindValues(ps, a, 1);
            ps.setString(i++, a.uprn());
            ps.setString(i, a.assetCode());
            updated = ps.executeUpdate();
        }
        if (updated == 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assets_asset (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, a.uprn());
                ps.setString(2, a.assetCode());
                bindValues(ps, a, 3);
                ps.executeUpdate();
            }
        }
        return updated == 0;
    }

    private int bindValues(PreparedStatement ps, Asset a, int i) throws SQLException {
        ps.setString(i++, a.organisation());
        ps.setString(i++, a.organisationLabel());
        ps.setString(i++, a.name());
        ps.setString(i++, a.address());
        ps.setString(i++, a.postTown());
        ps.setString(i++, a.postcode());
        Location loc = a.location().orElse(null);
        ps.setString(i++, loc == null ? null : loc.crs().name());
        ps.setBigDecimal(i++, loc == null ? null : loc.x());
        ps.setBigDecimal(i++, loc == null ? null : loc.y());
        ps.setString(i++, a.tenureType());
        ps.setString(i++, a.tenureDetail());
        ps.setString(i++, a.holdingType());
        ps.setString(i++, a.currentUse());
        ps.setString(i++, a.condition());
        ps.setTimestamp(i++, Timestamp.from(clock.instant()));
        return i;
    }

    @Override
    public List<Asset> all() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM assets_asset ORDER BY uprn, asset_code");
             ResultSet rs = ps.executeQuery()) {
            List<Asset> out = new ArrayList<>();
            while (rs.next()) {
                out.add(read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the asset register", e);
        }
    }

    @Override
    public int count() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM assets_asset");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the asset register", e);
        }
    }

    private static Asset read(ResultSet rs) throws SQLException {
        String crs = rs.getString("location_crs");
        Optional<Location> loc = Optional.empty();
        if (crs != null) {
            BigDecimal x = rs.getBigDecimal("location_x").stripTrailingZeros();
            BigDecimal y = rs.getBigDecimal("location_y").stripTrailingZeros();
            loc = Optional.of(new Location(Location.Crs.valueOf(crs), plain(x), plain(y)));
        }
        return new Asset(new AssetKey(rs.getString("uprn"), rs.getString("asset_code")), rs.getString("organisation"),
                rs.getString("organisation_label"), rs.getString("name"), rs.getString("address"),
                rs.getString("post_town"), rs.getString("postcode"), loc, rs.getString("tenure_type"),
                rs.getString("tenure_detail"), rs.getString("holding_type"), rs.getString("current_use"),
                rs.getString("asset_condition"));
    }

    /** 395265.00000000 comes back as 395265, not 3.95265E+5. */
    private static BigDecimal plain(BigDecimal v) {
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
