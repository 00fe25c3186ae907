package org.oncoev.corpus;

import java.util.Locale;

/**
 * Why a stretch of a paper's text is not read for evidence. Text is evidence-bearing unless it is positively
 * recognised as one of these: a reference list, affiliations (and author lists, correspondence), a licence or
 * copyright notice, funding, acknowledgements, author contributions or competing interests, or journal
 * furniture (running heads, page numbers, journal banners, publication dates, DOI and citation lines), or the text
 * inside a figure (labels of a drawing set as text, gathered before the figure's caption).
 */
public enum ExclusionReason {
    REFERENCES, AFFILIATIONS, LICENCE, FUNDING, FURNITURE, FIGURE_TEXT;

    /** Lower-case name as stored in the database and printed by {@code status} and {@code evaluate}. */
    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason named by {@link #dbName()}, or null. */
    public static ExclusionReason fromDbName(String name) {
        for (ExclusionReason r : values()) if (r.dbName().equals(name)) return r;
        return null;
    }
}
