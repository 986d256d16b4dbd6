package ${package}.internal;

import java.util.List;
import java.util.Optional;

import org.folkmoot.api.container.ContainerDetails;
import org.folkmoot.api.container.ContainerProvider;
import org.folkmoot.api.container.ContainerRef;
import org.folkmoot.api.container.ContainerType;
import org.folkmoot.api.container.LocalisedText;
import org.osgi.service.component.annotations.Component;

/**
 * Tells Folkmoot what this module's container is: its title in English and Welsh and the page that
 * shows it, so search hits, exports and moderation lists send a person to the board, not to raw JSON.
 * A module with more containers (a board per ward, say) reads their titles from its own tables here.
 */
@Component
public class BoardContainers implements ContainerProvider {

    /** The container type: a type belongs to one module, so it starts with the module's id. */
    static final String TYPE = ThisModule.ID + ".board";
    /** The one board's id. */
    static final String BOARD = ThisModule.ID;
    /** The public page that shows the board. */
    static final String PAGE = "/" + ThisModule.ID;

    private static final LocalisedText TITLE = new LocalisedText("${moduleName}", "${moduleNameCy}");

    @Override
    public String module() {
        return ThisModule.ID;
    }

    @Override
    public List<ContainerType> types() {
        return List.of(new ContainerType(TYPE, TITLE));
    }

    @Override
    public Optional<ContainerDetails> describe(String type, String id) {
        if (!TYPE.equals(type) || !BOARD.equals(id)) {
            return Optional.empty(); // not ours: the platform asks other modules or falls back to the archive
        }
        return Optional.of(new ContainerDetails(new ContainerRef(TYPE, BOARD), TITLE, null, PAGE));
    }
}
