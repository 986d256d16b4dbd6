package ${package}.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.folkmoot.api.archive.Appended;
import org.folkmoot.api.archive.Container;
import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.archive.NewContribution;
import org.folkmoot.api.storage.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The notes: a row in this module's table and a contribution in the archive, written in one
 * transaction (both or neither). Starts once the platform has applied this bundle's migrations
 * (the {@link ModuleSchema} for this module), so the resources that use it appear only then.
 */
@Component(service = Board.class, immediate = true)
public class Board {

    /**
     * Where the notes are said: the archive keeps it with each one, search offers it as a facet, and
     * {@link BoardContainers} gives its titles and page.
     */
    static final Container CONTAINER = new Container(BoardContainers.TYPE, BoardContainers.BOARD, "${moduleName}");

    private final DataSource db;
    private final ContributionArchive archive;

    @Activate
    public Board(@Reference DataSource db, @Reference ContributionArchive archive,
                 @Reference(target = "(" + ModuleSchema.MODULE_PROPERTY + "=${artifactId})") ModuleSchema schema) {
        this.db = db;
        this.archive = archive;
    }

    /** Keeps the note and publishes it; durable when this returns. */
    public String add(Note note, String author) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                // The link sends readers of an export or a search hit to the page where the note is shown.
                NewContribution contribution = NewContribution.of(ThisModule.ID, CONTAINER, "note", author, note.text())
                        .withLink(BoardContainers.PAGE);
                Appended appended = archive.append(c, contribution);
                String id = appended.contribution().id();
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO ${artifactId}_note (contribution_id, text) VALUES (?, ?)")) {
                    insert.setString(1, id);
                    insert.setString(2, note.text());
                    insert.executeUpdate();
                }
                c.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The newest notes first. */
    public List<String> latest(int limit) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT text FROM ${artifactId}_note ORDER BY id DESC LIMIT ?")) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    texts.add(rows.getString(1));
                }
            }
        }
        return texts;
    }
}
