package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.folkmoot.api.container.ContainerDetails;
import org.junit.jupiter.api.Test;

/** What Folkmoot is told about the board: its titles in both languages and its page. */
class BoardContainersTest {

    private final BoardContainers containers = new BoardContainers();

    @Test
    void theBoardHasATitleInEnglishAndWelshAndItsPage() {
        assertEquals(Board.CONTAINER.type(), containers.types().get(0).type(), "the type the notes are filed under");
        ContainerDetails board = containers.describe(Board.CONTAINER.type(), Board.CONTAINER.id()).orElseThrow();
        assertEquals("${moduleName}", board.title().in("en"));
        assertEquals("${moduleNameCy}", board.title().in("cy"));
        assertEquals("/${artifactId}", board.page());
    }

    @Test
    void anotherTypeOrIdIsNotOurs() {
        assertTrue(containers.describe("asset-transfer", Board.CONTAINER.id()).isEmpty());
        assertTrue(containers.describe(Board.CONTAINER.type(), "elsewhere").isEmpty());
    }
}
