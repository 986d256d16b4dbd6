package org.folkmoot.search.internal.index;

/** The facet dimensions; {@link #key} is the dimension name in the index and in the REST API. */
public enum Facet {
    MODULE("module"),
    CONTAINER("container"),
    /** The container's parent (the asset a case is about): {@code type/id}, labelled with its title. */
    PARENT("parent"),
    KIND("kind"),
    LOCALITY("locality"),
    LANGUAGE("language"),
    YEAR("year");

    private final String key;

    Facet(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Facet byKey(String key) {
        for (Facet f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return null;
    }
}
