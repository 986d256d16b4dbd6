package org.folkmoot.assets.internal.rest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.folkmoot.api.archive.Appended;
import org.folkmoot.api.archive.Contribution;
import org.folkmoot.api.archive.ContributionArchive;
import org.folkmoot.api.archive.ContributionQuery;
import org.folkmoot.api.archive.NewContribution;
import org.folkmoot.api.privacy.Redactor;
import org.folkmoot.api.security.FolkmootUser;
import org.folkmoot.api.security.Pseudonyms;
import org.folkmoot.assets.internal.cases.CaseFile;
import org.folkmoot.assets.internal.cases.ScottishAssetTransferRequest;
import org.folkmoot.assets.internal.containers.AssetContainers;
import org.folkmoot.assets.internal.rest.RepresentationsResource.NewRepresentation;
import org.folkmoot.assets.internal.rest.RepresentationsResource.PublishedRepresentation;

import jakarta.ws.rs.ClientErrorException;

/**
 * Making and reading representations on a case, the one way the JSON API and the case page both
 * take: checked, stored in the contribution archive under the case with the author's pseudonym
 * and a link to the case page, and shown redacted of contact details.
 */
final class Representations {

    /**
     * A representation refused: the status, the field at fault ({@code text}, {@code language}, or
     * none for the case itself), the English message for the JSON API and the same as a message
     * key with its arguments for the pages.
     */
    static final class Refused extends ClientErrorException {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final transient Refusal refusal;

        Refused(int status, String field, String english, String key, Object... args) {
            super(english, status);
            this.field = field;
            this.refusal = new Refusal(key, List.of(args));
        }

        String field() {
            return field;
        }

        Refusal refusal() {
            return refusal;
        }
    }

    private final ContributionArchive archive;
    private final Pseudonyms pseudonyms;
    private final Redactor redactor;

    Representations(ContributionArchive archive, Pseudonyms pseudonyms, Redactor redactor) {
        this.archive = archive;
        this.pseudonyms = pseudonyms;
        this.redactor = redactor;
    }

    /** Whether residents may make a representation on this case today (a Scottish request: while its notices run). */
    static boolean open(CaseFile<?> c) {
        if (c instanceof ScottishAssetTransferRequest atr) {
            return atr.state() == ScottishAssetTransferRequest.State.NOTICES_AND_REPRESENTATIONS
                    && !atr.today().isAfter(atr.representationsCloseOn().orElseThrow());
        }
        return true;
    }

    /** Stores a user's representation on the case, or refuses it (nothing stored). */
    PublishedRepresentation make(CaseFile<?> c, FolkmootUser user, NewRepresentation r) {
        if (r == null || r.text() == null || r.text().isBlank()) {
            throw new Refused(400, "text", "A representation needs some text.", "assets.representation.error.text");
        }
        if (r.text().length() > ContributionArchive.MAX_BODY) {
            throw new Refused(413, "text", "A representation may be at most " + ContributionArchive.MAX_BODY + " characters.",
                    "assets.representation.error.long", ContributionArchive.MAX_BODY);
        }
        String language = r.language() == null || r.language().isBlank() ? null : r.language().strip().toLowerCase(Locale.ROOT);
        if (language != null && !language.equals("en") && !language.equals("cy")) {
            throw new Refused(422, "language", "Write a representation in English (en) or Welsh (cy).",
                    "assets.representation.error.language");
        }
        if (c instanceof ScottishAssetTransferRequest atr
                && atr.state() != ScottishAssetTransferRequest.State.NOTICES_AND_REPRESENTATIONS) {
            throw new Refused(409, null, "Representations on request " + c.id() + " are not being taken: it is "
                    + CaseFile.describe(atr.state()) + ".", "assets.representation.error.state", c.id(), atr.state());
        }
        if (c instanceof ScottishAssetTransferRequest atr && atr.today().isAfter(atr.representationsCloseOn().orElseThrow())) {
            LocalDate closed = atr.representationsCloseOn().orElseThrow();
            throw new Refused(409, null, "Representations on request " + c.id() + " closed on " + closed + ".",
                    "assets.representation.error.closed", c.id(), closed);
        }
        NewContribution n = NewContribution.of(Officers.MODULE, AssetContainers.container(c), "representation",
                pseudonyms.authorOf(user), r.text().strip())
                .withTitle(r.title()).withLanguage(language).withLink(AssetContainers.page(c));
        Appended a;
        try {
            a = archive.append(n);
        } catch (IllegalArgumentException e) {
            throw new Refused(422, "text", e.getMessage(), "assets.representation.error.archive");
        }
        return published(a.contribution());
    }

    /** The case's published representations, redacted, in the archive's order. */
    List<PublishedRepresentation> published(CaseFile<?> c) {
        return archive.find(ContributionQuery.inContainer(Officers.MODULE, AssetContainers.container(c), 1000)).stream()
                .filter(Contribution::isPublic)
                .map(this::published)
                .toList();
    }

    /** The same, newest first, as the case page lists them (the archive's order within one instant). */
    List<PublishedRepresentation> newestFirst(CaseFile<?> c) {
        return published(c).stream().sorted(Comparator.comparing(PublishedRepresentation::created).reversed()).toList();
    }

    private PublishedRepresentation published(Contribution c) {
        return new PublishedRepresentation(c.id(), redactor.redact(c.title(), c.language()),
                redactor.redact(c.body(), c.language()), c.language(), c.created());
    }
}
