package org.folkmoot.platform.internal.privacy;

import java.util.List;

import org.folkmoot.api.privacy.PersonalDataKept;
import org.folkmoot.api.privacy.PersonalDataNotice;
import org.osgi.service.component.annotations.Component;

/**
 * What the platform itself keeps about people, for the privacy notice: accounts and sessions,
 * contributions and the personal details kept apart from them, and the audit log. Its statements
 * follow what the code does (erasure, pseudonyms, redaction); change them when that changes.
 */
@Component(service = PersonalDataNotice.class)
public class PlatformPersonalData implements PersonalDataNotice {

    @Override
    public String component() {
        return "platform";
    }

    @Override
    public String name(String language) {
        return "cy".equals(language) ? "Eich cyfrif a’r hyn rydych yn ei ysgrifennu" : "Your account and what you write";
    }

    @Override
    public List<PersonalDataKept> kept(String language) {
        return "cy".equals(language) ? welsh() : english();
    }

    private static List<PersonalDataKept> english() {
        return List.of(
                new PersonalDataKept(
                        "Your account: the name you sign in with, the name you choose to show, a hash of your password (never the password), the roles you have and your sessions.",
                        "To let you sign in and take part, and to let officers do their work.",
                        "Public task (UK GDPR Article 6(1)(e)).",
                        "Until you or the council close the account; sessions end when you sign out or after a few hours.",
                        "You, and the council's administrators."),
                new PersonalDataKept(
                        "What you write (comments, representations, submissions), under a code instead of your name. Email addresses, telephone numbers, postcodes and National Insurance numbers are removed from what is published.",
                        "To show residents and the council what was said, and to make it searchable.",
                        "Public task (UK GDPR Article 6(1)(e)).",
                        "For as long as the consultation's record is kept; erased on request, which also removes it from search.",
                        "Everyone, once published; moderators can hide it."),
                new PersonalDataKept(
                        "Contact details you give with a contribution (name, email, telephone, postal address), kept apart from what you wrote.",
                        "To contact you about your contribution.",
                        "Public task (UK GDPR Article 6(1)(e)).",
                        "Until you ask us to erase them, or your contributions are erased.",
                        "Council officers only; never published, exported or searchable."),
                new PersonalDataKept(
                        "A record of actions taken in the service (who did what, when, and from which network address).",
                        "To keep the service secure and the council accountable.",
                        "Legal obligation and public task (UK GDPR Article 6(1)(c) and (e)).",
                        "As long as the council's records policy requires.",
                        "The council's administrators."));
    }

    private static List<PersonalDataKept> welsh() {
        return List.of(
                new PersonalDataKept(
                        "Eich cyfrif: yr enw rydych yn mewngofnodi ag ef, yr enw rydych yn dewis ei ddangos, stwnsh o’ch cyfrinair (byth y cyfrinair), eich rolau a’ch sesiynau.",
                        "Er mwyn i chi allu mewngofnodi a chymryd rhan, ac er mwyn i swyddogion wneud eu gwaith.",
                        "Tasg gyhoeddus (Erthygl 6(1)(e) GDPR y DU).",
                        "Nes i chi neu’r cyngor gau’r cyfrif; daw sesiynau i ben pan fyddwch yn allgofnodi neu ar ôl ychydig oriau.",
                        "Chi, a gweinyddwyr y cyngor."),
                new PersonalDataKept(
                        "Yr hyn rydych yn ei ysgrifennu (sylwadau, sylwadau ffurfiol, cyflwyniadau), o dan god yn lle eich enw. Caiff cyfeiriadau e-bost, rhifau ffôn, codau post a rhifau Yswiriant Gwladol eu tynnu o’r hyn a gyhoeddir.",
                        "I ddangos i drigolion a’r cyngor beth a ddywedwyd, ac i’w wneud yn chwiliadwy.",
                        "Tasg gyhoeddus (Erthygl 6(1)(e) GDPR y DU).",
                        "Cyhyd ag y cedwir cofnod yr ymgynghoriad; caiff ei ddileu ar gais, sydd hefyd yn ei dynnu o’r chwilio.",
                        "Pawb, ar ôl ei gyhoeddi; gall cymedrolwyr ei guddio."),
                new PersonalDataKept(
                        "Manylion cyswllt a roddwch gyda chyfraniad (enw, e-bost, ffôn, cyfeiriad post), wedi’u cadw ar wahân i’r hyn a ysgrifennoch.",
                        "I gysylltu â chi am eich cyfraniad.",
                        "Tasg gyhoeddus (Erthygl 6(1)(e) GDPR y DU).",
                        "Nes i chi ofyn i ni eu dileu, neu nes i’ch cyfraniadau gael eu dileu.",
                        "Swyddogion y cyngor yn unig; byth yn cael eu cyhoeddi, eu hallforio na’u chwilio."),
                new PersonalDataKept(
                        "Cofnod o’r camau a gymerwyd yn y gwasanaeth (pwy wnaeth beth, pryd, ac o ba gyfeiriad rhwydwaith).",
                        "I gadw’r gwasanaeth yn ddiogel a’r cyngor yn atebol.",
                        "Rhwymedigaeth gyfreithiol a thasg gyhoeddus (Erthygl 6(1)(c) ac (e) GDPR y DU).",
                        "Cyhyd ag y mae polisi cofnodion y cyngor yn ei ofyn.",
                        "Gweinyddwyr y cyngor."));
    }
}
