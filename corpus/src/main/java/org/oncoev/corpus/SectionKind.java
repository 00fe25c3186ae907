package org.oncoev.corpus;

/** The role of a section in a paper, inferred from its heading. */
public enum SectionKind {
    FRONT_MATTER, ABSTRACT, INTRODUCTION, METHODS, RESULTS, DISCUSSION, CONCLUSION, REFERENCES, BACK_MATTER, OTHER;

    /** Lower-case name as stored in the database and the index. */
    public String dbName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
