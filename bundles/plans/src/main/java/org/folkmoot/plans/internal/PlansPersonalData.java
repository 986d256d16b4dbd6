package org.folkmoot.plans.internal;

import java.util.List;

import org.folkmoot.api.privacy.PersonalDataKept;
import org.folkmoot.api.privacy.PersonalDataNotice;
import org.osgi.service.component.annotations.Component;

/**
 * What the community plans module keeps about people, for the privacy notice. Comments are
 * contributions, kept by the platform's archive (its own notice says how) and published under a
 * pseudonym, redacted; the module itself keeps the plans, which name organisations, and the
 * accounts of the officers and editors who recorded each step.
 */
@Component(service = PersonalDataNotice.class)
public class PlansPersonalData implements PersonalDataNotice {

    @Override
    public String component() {
        return "plans";
    }

    @Override
    public String name(String language) {
        return "cy".equals(language) ? "Cynlluniau cymunedol" : "Community plans";
    }

    @Override
    public List<PersonalDataKept> kept(String language) {
        if ("cy".equals(language)) {
            return List.of(new PersonalDataKept(
                    "Cynlluniau cymunedol: eu fersiynau, yr ymgynghoriadau, y cyrff yr ymgynghorwyd â hwy, atebion y cyngor i sylwadau, y mabwysiadu a'r cynnydd, a chyfrif y swyddog neu'r golygydd a gofnododd bob cam. Caiff sylwadau eu cadw yn archif y platfform a'u cyhoeddi dan ffugenw, heb fanylion cyswllt; caiff enw sefydliad ei gyhoeddi gyda'i sylw.",
                    "I ymgynghori ar y cynllun fel y mae'r gyfraith yn ei ofyn, i ddangos sut yr ymdriniwyd â phob sylw ac i adrodd ar gynnydd.",
                    "Tasg gyhoeddus (Erthygl 6(1)(e) GDPR y DU): Deddf Grymuso Cymunedau (Yr Alban) 2015, Rhan 2; Rheoliadau Cynllunio Cymdogaeth (Cyffredinol) 2012; Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015, Rhan 4.",
                    "Cyhyd ag y mae'r cynllun mewn grym a chyhyd ag y mae polisi cofnodion y cyngor yn ei ofyn.",
                    "Pawb, ar gyfer y cynllun, y sylwadau a'r atebion a gyhoeddir; swyddogion y cyngor ar gyfer y gweddill."));
        }
        return List.of(new PersonalDataKept(
                "Community plans: their versions, the consultations, the bodies consulted, the council's answers to comments, adoption and progress, and the account of the officer or editor who recorded each step. Comments are kept in the platform's archive and published under a pseudonym, without contact details; an organisation's name is published with its comment.",
                "To consult on the plan as the law requires, to show how each comment was considered, and to report progress.",
                "Public task (UK GDPR Article 6(1)(e)): Community Empowerment (Scotland) Act 2015, Part 2; Neighbourhood Planning (General) Regulations 2012; Well-being of Future Generations (Wales) Act 2015, Part 4.",
                "As long as the plan is in force and the council's records policy requires.",
                "Everyone, for the published plan, comments and answers; council officers for the rest."));
    }
}
