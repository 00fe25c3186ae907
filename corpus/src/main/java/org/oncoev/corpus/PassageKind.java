package org.oncoev.corpus;

/** What a passage is; extractors read only the kinds for which {@link #carriesEvidence()} is true. */
public enum PassageKind {
    TITLE, ABSTRACT, HEADING, BODY, TABLE, CAPTION, REFERENCES, AFFILIATION, BOILERPLATE;

    /** True for title, abstract, body, table and caption passages: the parts of a paper evidence is read from. */
    public boolean carriesEvidence() {
        return this == TITLE || this == ABSTRACT || this == BODY || this == TABLE || this == CAPTION;
    }

    /** Lower-case name as stored in the database and the index. */
    public String dbName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
