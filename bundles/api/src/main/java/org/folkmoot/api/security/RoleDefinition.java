package org.folkmoot.api.security;

/**
 * A role a module declares: what an administrator can grant, shown on the accounts page.
 *
 * @param id            {@code <module>.<name>}, such as {@code plans.editor}
 * @param nameEn        its name in English, "Plan editor"
 * @param nameCy        its name in Welsh, "Golygydd cynllun"
 * @param descriptionEn what someone with it may do, in English
 * @param descriptionCy the same in Welsh
 */
public record RoleDefinition(String id, String nameEn, String nameCy, String descriptionEn, String descriptionCy) {

    public RoleDefinition {
        if (!Roles.isModuleRole(id)) {
            throw new IllegalArgumentException("'" + id + "' is not a role id: <module>.<name>, lower case letters, digits, '_' or '-'");
        }
        if (nameEn == null || nameEn.isBlank() || nameCy == null || nameCy.isBlank()) {
            throw new IllegalArgumentException("Role " + id + " needs a name in English and in Welsh");
        }
        descriptionEn = descriptionEn == null ? "" : descriptionEn;
        descriptionCy = descriptionCy == null ? "" : descriptionCy;
    }

    /** The module that declares it. */
    public String module() {
        return Roles.moduleOf(id);
    }

    /** The name in {@code cy} or {@code en}. */
    public String name(String language) {
        return "cy".equals(language) ? nameCy : nameEn;
    }

    /** The description in {@code cy} or {@code en}. */
    public String description(String language) {
        return "cy".equals(language) ? descriptionCy : descriptionEn;
    }
}
