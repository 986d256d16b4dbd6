package org.folkmoot.assemblies.internal.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.folkmoot.assemblies.internal.lottery.Address;
import org.folkmoot.assemblies.internal.lottery.DrawnHousehold;
import org.junit.jupiter.api.Test;

class MailMergeCsvTest {

    @Test
    void oneRowPerLetterWithTheLinkTheQrCodeHoldsAndFiveAddressLines() throws IOException {
        List<Letter> letters = List.of(LetterPdfTest.letters().get(0), new Letter(new DrawnHousehold(new Address("42",
                List.of("Flat 9", "Bryn Awel", "12 Stryd Fawr", "Abersoch", "Pwllheli", "Gwynedd"), "LL53 7AA", Map.of()), "all", "k"),
                "AAAAA-CCCCC"));
        StringWriter out = new StringWriter();
        MailMergeCsv.write(letters, LetterPdfTest.settings(LetterLanguage.BOTH), out);
        List<String> lines = out.toString().lines().toList();
        assertEquals("\uFEFFcode,registration_link,uprn,address_line_1,address_line_2,address_line_3,address_line_4,address_line_5,postcode",
                lines.get(0));
        assertEquals("7KQ4M-XH9TC,https://www.gwynedd.example/assemblies/climate/register?code=7KQ4M-XH9TC,10070123456,Tŷ'r Ysgol,"
                + "Ffordd yr Orsaf,Llanŵst,,,LL26 0AB", lines.get(1));
        assertEquals("AAAAA-CCCCC,https://www.gwynedd.example/assemblies/climate/register?code=AAAAA-CCCCC,42,Flat 9,Bryn Awel,"
                + "12 Stryd Fawr,Abersoch,\"Pwllheli, Gwynedd\",LL53 7AA", lines.get(2));
        assertEquals(3, lines.size());
    }
}
