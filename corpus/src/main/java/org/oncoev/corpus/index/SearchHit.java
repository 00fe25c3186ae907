package org.oncoev.corpus.index;

import java.util.List;
import java.util.Map;

/**
 * One passage that matched. {@code document} is the file name; {@code section} the section heading, or the
 * section kind when the section has none; {@code charStart}/{@code charEnd} slice the original file text.
 * {@code snippet} is HTML-safe: the passage text escaped, with matches in {@code <mark>...</mark>}.
 * {@code evidence} maps evidence field names ({@code agent, regimen, endpoint, type, cohort, pvalue, hr}) to the
 * values found in this passage (fields without values are absent). {@code title}, {@code year}, {@code journal},
 * {@code doi} and {@code pmid} are the document's bibliographic metadata, each null when unknown.
 */
public record SearchHit(String document, long documentId, String section, String passageKind, long passageId,
                        int charStart, int charEnd, float score, String snippet,
                        String sectionKind, String title, Integer year, String journal, String doi, String pmid,
                        Map<String, List<String>> evidence) {
    public SearchHit {
        evidence = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
    }

    /** The DOI as a resolvable link ({@code https://doi.org/...}), or null without a DOI. */
    public String doiUrl() {
        return doi == null || doi.isBlank() ? null : "https://doi.org/" + doi.strip();
    }
}
