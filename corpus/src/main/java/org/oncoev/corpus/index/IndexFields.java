package org.oncoev.corpus.index;

import java.util.List;
import java.util.Set;

/**
 * Field names of the passage index, as users write them in queries.
 *
 * <p>Keyword fields match whole values, case-insensitively; text fields are analysed with
 * {@link BiomedicalAnalyzer}; numeric fields take exact numbers and ranges ({@code cohort:[50 TO *]}).
 */
public final class IndexFields {
    private IndexFields() {}

    /** Database id of the passage (keyword, stored). */
    public static final String PASSAGE_ID = "passage_id";
    /** Database id of the document (keyword, stored); the unit of replacement. */
    public static final String DOCUMENT_ID = "document_id";
    /** File name of the document (keyword, stored, faceted). */
    public static final String DOCUMENT = "document";
    /** Document title (text, stored). */
    public static final String TITLE = "title";
    /** Publication year (int point, stored, faceted). */
    public static final String YEAR = "year";
    /** Journal (keyword, stored, faceted). */
    public static final String JOURNAL = "journal";
    /** DOI of the document (keyword, stored). */
    public static final String DOI = "doi";
    /** PubMed id of the document (keyword, stored). */
    public static final String PMID = "pmid";
    /** Trial registration ids named in the document, e.g. NCT01234567 (keyword). */
    public static final String TRIAL = "trial";
    /** Section kind: front_matter, abstract, introduction, methods, results, ... (keyword, faceted). */
    public static final String SECTION = "section";
    /** Section heading as written (text, stored). */
    public static final String HEADING = "heading";
    /** Passage kind: title, abstract, body, table, caption, ... (keyword, faceted). */
    public static final String KIND = "kind";
    /** Passage text; the default field (text with offsets, stored). */
    public static final String TEXT = "text";
    /** Agents (generic drug names) found in the passage (keyword, faceted). */
    public static final String AGENT = "agent";
    /** Regimens found in the passage (keyword, faceted). */
    public static final String REGIMEN = "regimen";
    /** Endpoints (OS, PFS, ORR, ...) found in the passage (keyword, faceted). */
    public static final String ENDPOINT = "endpoint";
    /** Evidence types: cohort, survival, p_value, hazard_ratio, dose (keyword, faceted). */
    public static final String TYPE = "type";
    /** Cohort sizes (double point, stored). */
    public static final String COHORT = "cohort";
    /** P-values (double point, stored). */
    public static final String PVALUE = "pvalue";
    /** Hazard ratios (double point, stored). */
    public static final String HR = "hr";
    /** Stored only: passage ordinal, character offsets. */
    public static final String ORDINAL = "ordinal";
    public static final String CHAR_START = "char_start";
    public static final String CHAR_END = "char_end";

    /** Fields queried as whole, lower-cased values. */
    public static final Set<String> KEYWORD_FIELDS = Set.of(PASSAGE_ID, DOCUMENT_ID, DOCUMENT, JOURNAL, DOI, PMID, TRIAL,
            SECTION, KIND, AGENT, REGIMEN, ENDPOINT, TYPE);
    /** Fields holding double points. */
    public static final Set<String> DOUBLE_FIELDS = Set.of(COHORT, PVALUE, HR);
    /** Fields holding int points. */
    public static final Set<String> INT_FIELDS = Set.of(YEAR);
    /** Analysed text fields. */
    public static final Set<String> TEXT_FIELDS = Set.of(TEXT, TITLE, HEADING);
    /** Facet dimensions, in the order results report them. */
    public static final List<String> FACETS = List.of(AGENT, ENDPOINT, TYPE, YEAR, JOURNAL, SECTION);
}
