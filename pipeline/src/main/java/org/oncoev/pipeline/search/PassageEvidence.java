package org.oncoev.pipeline.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oncoev.corpus.index.IndexedPassage;

/**
 * Collects the evidence values the index holds per passage, from stored rows or from findings in memory, and
 * builds the {@link IndexedPassage}s of one document with them.
 *
 * <p>Contract: {@code endpoint}, {@code type}, {@code pvalue} and {@code hr} are a passage's own findings (a
 * hazard ratio's p-value counts as a p-value); {@code agent}, {@code regimen} and {@code cohort} are the
 * passage's findings plus those of its whole document. A finding without a passage counts for the whole
 * document only. Values are deduplicated in order of arrival. Not thread-safe: one instance per document.
 */
final class PassageEvidence {
    private final Map<Long, Values> byPassage = new HashMap<>();
    private final Values wholeDocument = new Values();

    /** Adds one finding's values; {@code passageId} null for a finding that belongs to no stored passage. */
    void add(Long passageId, String type, String agent, String regimen, String endpoint, Double number, Double pValue) {
        Values e = passageId == null ? wholeDocument : byPassage.computeIfAbsent(passageId, k -> new Values());
        e.types.add(type);
        if (agent != null) { e.agents.add(agent); wholeDocument.agents.add(agent); }
        if (regimen != null) { e.regimens.add(regimen); wholeDocument.regimens.add(regimen); }
        if (endpoint != null) e.endpoints.add(endpoint);
        if (pValue != null) e.pValues.add(pValue);
        if (number == null) return;
        switch (type) {
            case "cohort" -> { e.cohorts.add(number); wholeDocument.cohorts.add(number); }
            case "p_value" -> e.pValues.add(number);
            case "hazard_ratio" -> e.hazardRatios.add(number);
            default -> { }
        }
    }

    /** One passage of the document with its evidence; {@code sectionKind} null reads as "other". */
    IndexedPassage passage(long passageId, long documentId, String fileName, String title, Integer year, String journal,
                           String heading, String sectionKind, String kind, int ordinal, int charStart, int charEnd,
                           String text) {
        Values e = byPassage.getOrDefault(passageId, new Values());
        return new IndexedPassage(passageId, documentId, fileName, title, year, journal, heading,
                sectionKind == null ? "other" : sectionKind, kind, ordinal, charStart, charEnd, text,
                union(e.agents, wholeDocument.agents), union(e.regimens, wholeDocument.regimens),
                List.copyOf(e.endpoints), List.copyOf(e.types), union(e.cohorts, wholeDocument.cohorts),
                List.copyOf(e.pValues), List.copyOf(e.hazardRatios));
    }

    private static <T> List<T> union(Set<T> own, Set<T> document) {
        Set<T> all = new LinkedHashSet<>(own);
        all.addAll(document);
        return List.copyOf(all);
    }

    /** Evidence values of one passage (or of a whole document), deduplicated in order of appearance. */
    private static final class Values {
        final Set<String> agents = new LinkedHashSet<>();
        final Set<String> regimens = new LinkedHashSet<>();
        final Set<String> endpoints = new LinkedHashSet<>();
        final Set<String> types = new LinkedHashSet<>();
        final Set<Double> cohorts = new LinkedHashSet<>();
        final Set<Double> pValues = new LinkedHashSet<>();
        final Set<Double> hazardRatios = new LinkedHashSet<>();
    }
}
