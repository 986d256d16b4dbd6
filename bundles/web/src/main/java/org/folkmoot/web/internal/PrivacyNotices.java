package org.folkmoot.web.internal;

import java.util.Comparator;
import java.util.List;

import org.folkmoot.api.privacy.PersonalDataNotice;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@link PersonalDataNotice}s of the parts that are running: a module's notice comes and goes
 * with its bundle, so the privacy notice states what this installation keeps, not what it could.
 */
@Component(service = PrivacyNotices.class, immediate = true)
public class PrivacyNotices {

    /** One part's notice in one language. */
    public record Section(String component, String name, List<org.folkmoot.api.privacy.PersonalDataKept> kept) {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<PersonalDataNotice> notices;

    public PrivacyNotices() {
    }

    /** For tests: a fixed set of notices. */
    PrivacyNotices(List<PersonalDataNotice> notices) {
        this.notices = List.copyOf(notices);
    }

    /** Every running part's notice in {@code language}, platform parts and modules by id. */
    public List<Section> sections(String language) {
        List<PersonalDataNotice> now = notices;
        if (now == null) {
            return List.of();
        }
        return now.stream()
                .map(n -> new Section(n.component(), n.name(language), List.copyOf(n.kept(language))))
                .filter(s -> !s.kept().isEmpty())
                .sorted(Comparator.comparing(Section::component))
                .toList();
    }
}
