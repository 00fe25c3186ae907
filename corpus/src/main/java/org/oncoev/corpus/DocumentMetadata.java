package org.oncoev.corpus;

import java.util.List;
import java.util.Map;

/**
 * Bibliographic data of a paper as its file states it; any field may be null (nothing is guessed).
 * {@code sources} names where each filled field was read ({@code jats} front matter, {@code text}
 * of the paper), keyed by field name ({@code doi}, {@code year}, ...). {@code trials} are trial
 * registration ids found anywhere in the paper, each with its own source. Immutable.
 */
public record DocumentMetadata(String title, String journal, Integer year, String doi, String pmid, String pmcid,
                               String license, String volume, String issue, String pages,
                               List<Author> authors, List<TrialRegistration> trials, Map<String, String> sources) {
    public DocumentMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        trials = trials == null ? List.of() : List.copyOf(trials);
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    /** An author in byline order: family and given names as written, or a collaboration's name in {@code family}. */
    public record Author(int position, String family, String given) {}

    /**
     * A trial registration: {@code registry} one of {@code NCT} (ClinicalTrials.gov), {@code ISRCTN}, {@code EudraCT},
     * {@code ChiCTR}, {@code UMIN}, {@code ACTRN}, {@code CTRI}; the id as the registry writes it; where it was read.
     */
    public record TrialRegistration(String registry, String registrationId, String source) {}

    /** True when at least one bibliographic field (not counting trials) is filled. */
    public boolean hasBibliographicData() {
        return title != null || journal != null || year != null || doi != null || pmid != null || pmcid != null;
    }
}
