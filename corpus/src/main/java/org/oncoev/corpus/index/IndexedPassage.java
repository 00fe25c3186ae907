package org.oncoev.corpus.index;

import java.util.List;
import java.util.Objects;

/**
 * One passage as it goes into the Lucene index, with its document's metadata and the evidence found in it.
 *
 * <p>Contract: {@code passageId} and {@code documentId} are the database ids; {@code charStart}/{@code charEnd}
 * slice the document's original text; {@code sectionKind} and {@code passageKind} are the lower-case
 * {@code dbName()}s of {@link org.oncoev.corpus.SectionKind} and {@link org.oncoev.corpus.PassageKind}.
 * {@code year}, {@code journal}, {@code sectionHeading} and {@code title} may be null; the evidence lists may be
 * null (read as empty) and are copied. {@code doi} and {@code pmid} (may be null) and {@code trials} (registration
 * ids) are the document's.
 */
public record IndexedPassage(long passageId, long documentId, String fileName, String title,
                             Integer year, String journal, String sectionHeading, String sectionKind,
                             String passageKind, int ordinal, int charStart, int charEnd, String text,
                             List<String> agents, List<String> regimens, List<String> endpoints, List<String> types,
                             List<Double> cohortSizes, List<Double> pValues, List<Double> hazardRatios,
                             String doi, String pmid, List<String> trials) {
    public IndexedPassage {
        trials = copy(trials);
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sectionKind, "sectionKind");
        Objects.requireNonNull(passageKind, "passageKind");
        agents = copy(agents);
        regimens = copy(regimens);
        endpoints = copy(endpoints);
        types = copy(types);
        cohortSizes = copy(cohortSizes);
        pValues = copy(pValues);
        hazardRatios = copy(hazardRatios);
    }

    /** A passage whose document has no DOI, PMID or trial ids. */
    public IndexedPassage(long passageId, long documentId, String fileName, String title,
                          Integer year, String journal, String sectionHeading, String sectionKind,
                          String passageKind, int ordinal, int charStart, int charEnd, String text,
                          List<String> agents, List<String> regimens, List<String> endpoints, List<String> types,
                          List<Double> cohortSizes, List<Double> pValues, List<Double> hazardRatios) {
        this(passageId, documentId, fileName, title, year, journal, sectionHeading, sectionKind, passageKind, ordinal,
                charStart, charEnd, text, agents, regimens, endpoints, types, cohortSizes, pValues, hazardRatios,
                null, null, List.of());
    }

    /** This passage with its document's DOI, PMID and trial registration ids. */
    public IndexedPassage withIdentifiers(String newDoi, String newPmid, List<String> newTrials) {
        return new IndexedPassage(passageId, documentId, fileName, title, year, journal, sectionHeading, sectionKind,
                passageKind, ordinal, charStart, charEnd, text, agents, regimens, endpoints, types, cohortSizes, pValues,
                hazardRatios, newDoi, newPmid, newTrials);
    }

    /** A passage without evidence (the evidence lists empty). */
    public static IndexedPassage withoutEvidence(long passageId, long documentId, String fileName, String title,
                                                 Integer year, String journal, String sectionHeading,
                                                 String sectionKind, String passageKind, int ordinal,
                                                 int charStart, int charEnd, String text) {
        return new IndexedPassage(passageId, documentId, fileName, title, year, journal, sectionHeading, sectionKind,
                passageKind, ordinal, charStart, charEnd, text, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
