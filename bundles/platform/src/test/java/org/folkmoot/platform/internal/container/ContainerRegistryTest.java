package org.folkmoot.platform.internal.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.folkmoot.api.archive.ChangeKind;
import org.folkmoot.api.archive.Container;
import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionState;
import org.folkmoot.api.container.ContainerDetails;
import org.folkmoot.api.container.ContainerProvider;
import org.folkmoot.api.container.ContainerRef;
import org.folkmoot.api.container.ContainerType;
import org.folkmoot.api.container.LocalisedText;
import org.junit.jupiter.api.Test;

class ContainerRegistryTest {

    /** A module that answers for plan sections, one of which exists. */
    static final ContainerProvider PLANS = new ContainerProvider() {
        @Override
        public String module() {
            return "plans";
        }

        @Override
        public List<ContainerType> types() {
            return List.of(new ContainerType("plan-section", new LocalisedText("Plan section", "Adran y cynllun")));
        }

        @Override
        public Optional<ContainerDetails> describe(String type, String id) {
            if (!id.equals("7")) {
                return Optional.empty();
            }
            return Optional.of(new ContainerDetails(new ContainerRef(type, id), new LocalisedText("Transport", "Trafnidiaeth"),
                    new ContainerRef("plan", "1"), "/plans/1/sections/7"));
        }
    };

    /** A module that fails: its failure must not reach search or export. */
    static final ContainerProvider BROKEN = new ContainerProvider() {
        @Override
        public String module() {
            return "broken";
        }

        @Override
        public List<ContainerType> types() {
            return List.of(new ContainerType("broken-thing", LocalisedText.of("Broken")));
        }

        @Override
        public Optional<ContainerDetails> describe(String type, String id) {
            throw new IllegalStateException("database gone");
        }
    };

    static Contribution in(String type, String id, String link) {
        return new Contribution("c1", "", "plans", new Container(type, id, "as written"), "comment", "", "text", "en", "",
                "p-1", Instant.EPOCH, Instant.EPOCH, ContributionState.PUBLISHED, List.of(), 1, ChangeKind.CREATED, "", link);
    }

    @Test
    void aContributionIsSentToItsLinkElseItsContainersPage() {
        ContainerRegistry containers = new ContainerRegistry(List.of(BROKEN, PLANS));
        assertEquals(Optional.of("/plans/1/sections/7"), containers.pageOf(in("plan-section", "7", "")));
        assertEquals(Optional.of("/plans/1/sections/7#reply-3"), containers.pageOf(in("plan-section", "7", "/plans/1/sections/7#reply-3")));
        assertEquals(Optional.empty(), containers.pageOf(in("plan-section", "8", "")), "an unknown section has no page");
        assertEquals(Optional.empty(), containers.pageOf(in("consultation", "x", "")), "no module owns that type");
        assertEquals(Optional.empty(), containers.pageOf(in("broken-thing", "1", "")));
    }

    @Test
    void describesWithWelshTitlesAndTheParent() {
        ContainerRegistry containers = new ContainerRegistry(List.of(PLANS));
        ContainerDetails section = containers.describe(new ContainerRef("plan-section", "7")).orElseThrow();
        assertEquals("Trafnidiaeth", section.title().in("cy"));
        assertEquals("Transport", section.title().in("en-GB"));
        assertEquals(Optional.of(new ContainerRef("plan", "1")), section.parentIfAny());
        assertEquals(List.of("plan-section"), containers.types().stream().map(ContainerType::type).toList());
    }
}
