package org.folkmoot.plans.internal.rules;

/** Something a rule set names (a body to consult, a document to publish), in English and Welsh, with its source. */
public record Requirement(String en, String cy, String citation) {
    public String text(String language) {
        return "cy".equals(language) ? cy : en;
    }
}
