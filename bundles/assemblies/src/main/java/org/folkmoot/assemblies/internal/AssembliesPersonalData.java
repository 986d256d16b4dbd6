package org.folkmoot.assemblies.internal;

import java.util.List;

import org.folkmoot.api.privacy.PersonalDataKept;
import org.folkmoot.api.privacy.PersonalDataNotice;
import org.osgi.service.component.annotations.Component;

/** What the citizens' assemblies module keeps about people, for the privacy notice. */
@Component(service = PersonalDataNotice.class)
public class AssembliesPersonalData implements PersonalDataNotice {
    // asm-recs: members' votes and their versions of recommendations (part 2)
    static final PersonalDataKept VOTES = new PersonalDataKept(
            "For members: your pseudonym beside the versions of recommendations you wrote, and whether the one-time code you were given to vote on a recommendation was used. How you voted is kept with no link to you, your pseudonym or your code.",
            "To show who changed the wording of a recommendation, and to let each member vote once on each recommendation.",
            "Public task (UK GDPR Article 6(1)(e)).",
            "For as long as the assembly's record is published. After your registration is erased the pseudonym is linked to nobody; your ballot was never linked to you.",
            "Everyone sees the pseudonyms beside versions, and the counts of each vote; nobody, officers included, can see how a member voted.");
    static final PersonalDataKept VOTES_CY = new PersonalDataKept(
            "I aelodau: eich ffugenw wrth ymyl y fersiynau o argymhellion a ysgrifennwyd gennych, ac a ddefnyddiwyd y cod untro a roddwyd i chi i bleidleisio ar argymhelliad. Caiff y ffordd y gwnaethoch bleidleisio ei chadw heb unrhyw gysylltiad â chi, eich ffugenw na'ch cod.",
            "I ddangos pwy newidiodd eiriad argymhelliad, ac i adael i bob aelod bleidleisio unwaith ar bob argymhelliad.",
            "Tasg gyhoeddus (Erthygl 6(1)(e) GDPR y DU).",
            "Cyhyd ag y mae cofnod y cynulliad yn cael ei gyhoeddi. Ar ôl dileu eich cofrestriad nid yw'r ffugenw'n gysylltiedig ag unrhyw un; ni fu eich pleidlais erioed yn gysylltiedig â chi.",
            "Mae pawb yn gweld y ffugenwau wrth ymyl fersiynau, a chyfrifon pob pleidlais; ni all neb, gan gynnwys swyddogion, weld sut y pleidleisiodd aelod.");
    // end asm-recs

    @Override
    public String component() {
        return "assemblies";
    }

    @Override
    public String name(String language) {
        return "cy".equals(language) ? "Cynulliadau dinasyddion" : "Citizens' assemblies";
    }

    @Override
    public List<PersonalDataKept> kept(String language) {
        if ("cy".equals(language)) {
            return List.of(VOTES_CY, new PersonalDataKept(
                    "Eich cofrestriad ar gyfer cynulliad: enw, dyddiad geni, e-bost neu rif ffôn, eich atebion i gwestiynau'r cynulliad (fel rhywedd, ardal neu anabledd), anghenion mynediad, ac i aelodau presenoldeb a thaliadau.",
                    "I ddewis aelodau'n deg fel bod y cynulliad yn debyg i'r ardal, i gysylltu â'r rhai a ddewiswyd, ac i dalu aelodau.",
                    "Tasg gyhoeddus (Erthygl 6(1)(e) GDPR y DU); ar gyfer data categori arbennig, budd cyhoeddus sylweddol (Erthygl 9(2)(g)) gyda'ch caniatâd.",
                    "Tan y dyddiad cadw a osodwyd ar gyfer y cynulliad, yna caiff ei ddileu; neu'n gynt os gofynnwch.",
                    "Swyddogion y cynulliad yn unig; galwyr cadarnhau ar gyfer yr aelodau a ddewiswyd. Ni chyhoeddir dim ond ffugenw a'r tebygolrwydd o gael eich dewis."),
                    // asm-sessions: evidence and comments (part 2)
                    new PersonalDataKept(
                            "Tystiolaeth a sylwadau a anfonwch at gynulliad, o dan ffugenw eich cyfrif, ac unrhyw ddogfen a anfonwch gyda hwy; i siaradwyr, eich enw, eich sefydliad a'r buddiannau a ddatganwyd gennych.",
                            "I roi tystiolaeth trigolion a sefydliadau gerbron yr aelodau ac i ddangos yn gyhoeddus beth a glywodd y cynulliad a chan bwy.",
                            "Tasg gyhoeddus (Erthygl 6(1)(e) GDPR y DU).",
                            "Cyhyd ag y mae cofnod y cynulliad yn cael ei gyhoeddi; caiff eich geiriau a'ch dogfennau eu dileu os gofynnwch.",
                            "Pawb, heb eich enw ac ar ôl tynnu manylion cyswllt; swyddogion y cynulliad yn unig sy'n gweld dogfennau a anfonwyd gan drigolion."));
        }
        return List.of(VOTES, new PersonalDataKept(
                "Your registration for an assembly: name, date of birth, email or phone number, your answers to the assembly's questions (such as gender, area or disability), access needs, and for members attendance and payments.",
                "To select members fairly so that the assembly looks like the area, to contact those selected, and to pay members.",
                "Public task (UK GDPR Article 6(1)(e)); for special category data, substantial public interest (Article 9(2)(g)) with your consent.",
                "Until the retention date set for the assembly, then deleted; or sooner if you ask.",
                "Assembly officers only; confirmation callers for selected members. Only a pseudonym and the chance of selection are published."),
                // asm-sessions: evidence and comments (part 2)
                new PersonalDataKept(
                        "Evidence and comments you send to an assembly, under your account's pseudonym, and any document you send with them; for speakers, your name, organisation and the interests you declared.",
                        "To put residents' and organisations' evidence before members and to show publicly what the assembly heard and from whom.",
                        "Public task (UK GDPR Article 6(1)(e)).",
                        "For as long as the assembly's record is published; your words and documents are erased if you ask.",
                        "Everyone, without your name and with contact details removed; documents sent by residents are seen by the assembly's officers only."));
    }
}
