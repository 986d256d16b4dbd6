package org.folkmoot.assets.internal;

import java.util.List;

import org.folkmoot.api.privacy.PersonalDataKept;
import org.folkmoot.api.privacy.PersonalDataNotice;
import org.osgi.service.component.annotations.Component;

/**
 * What the asset transfers module keeps about people, for the privacy notice. Representations are
 * contributions, kept by the platform's archive (its own notice says how); the module itself keeps
 * the requests and nominations, which name organisations and the officer handling each case.
 */
@Component(service = PersonalDataNotice.class)
public class AssetsPersonalData implements PersonalDataNotice {

    @Override
    public String component() {
        return "assets";
    }

    @Override
    public String name(String language) {
        return "cy".equals(language) ? "Trosglwyddo asedau" : "Asset transfers";
    }

    @Override
    public List<PersonalDataKept> kept(String language) {
        if ("cy".equals(language)) {
            return List.of(new PersonalDataKept(
                    "Ceisiadau trosglwyddo asedau ac enwebiadau asedau o werth cymunedol: enw’r corff cymunedol neu’r enwebydd, yr ased, y dyddiadau a’r penderfyniadau, a’r swyddog sy’n delio â’r achos.",
                    "I ymdrin â’r cais neu’r enwebiad o fewn y terfynau amser statudol ac i gyhoeddi’r penderfyniad, fel y mae’r gyfraith yn ei ofyn.",
                    "Rhwymedigaeth gyfreithiol (Erthygl 6(1)(c) GDPR y DU): Deddf Grymuso Cymunedau (Yr Alban) 2015, Rhan 5; Deddf Lleoliaeth 2011, Rhan 5, Pennod 3.",
                    "Cyhyd ag y mae’r gofrestr statudol a pholisi cofnodion y cyngor yn ei ofyn.",
                    "Pawb, ar gyfer yr hyn y mae’n rhaid ei gyhoeddi (enw’r corff a’r penderfyniad); swyddogion y cyngor ar gyfer y gweddill."));
        }
        return List.of(new PersonalDataKept(
                "Asset transfer requests and nominations of assets of community value: the name of the community body or nominator, the asset, the dates and decisions, and the officer handling the case.",
                "To handle the request or nomination within the statutory deadlines and to publish the decision, as the law requires.",
                "Legal obligation (UK GDPR Article 6(1)(c)): Community Empowerment (Scotland) Act 2015, Part 5; Localism Act 2011, Part 5, Chapter 3.",
                "As long as the statutory register and the council's records policy require.",
                "Everyone, for what must be published (the body's name and the decision); council officers for the rest."));
    }
}
