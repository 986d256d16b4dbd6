package org.folkmoot.plans.internal.publish;

/**
 * Text in English and Welsh; either may be empty.
 *
 * @param en the English
 * @param cy the Welsh
 */
public record BilingualText(String en, String cy) {

    public static final BilingualText NONE = new BilingualText("", "");

    public BilingualText {
        en = en == null ? "" : en;
        cy = cy == null ? "" : cy;
    }

    public static BilingualText of(String en, String cy) {
        return new BilingualText(en, cy);
    }

    /** The text in {@code en} or {@code cy}. */
    public String in(String language) {
        return language.equals("cy") ? cy : en;
    }
}
