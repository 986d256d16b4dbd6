package org.folkmoot.plans.internal.plan;

/** A text in English and in Welsh, side by side; either may be empty while a draft is written. */
public record Bilingual(String en, String cy) {
    public Bilingual {
        en = en == null ? "" : en.strip();
        cy = cy == null ? "" : cy.strip();
    }

    public static Bilingual of(String en, String cy) {
        return new Bilingual(en, cy);
    }

    /** The text in a language, or the other language's when that one is empty. */
    public String in(String language) {
        String wanted = "cy".equals(language) ? cy : en;
        return wanted.isEmpty() ? ("cy".equals(language) ? en : cy) : wanted;
    }

    public boolean isEmpty() {
        return en.isEmpty() && cy.isEmpty();
    }

    public int longest() {
        return Math.max(en.length(), cy.length());
    }
}
