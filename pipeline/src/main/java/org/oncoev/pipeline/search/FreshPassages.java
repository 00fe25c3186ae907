package org.oncoev.pipeline.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.DocumentMetadata;
import org.oncoev.corpus.meta.TextMetadata;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.Section;
import org.oncoev.corpus.index.IndexedPassage;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;

/**
 * The index entries of a document that was just stored, built from the document and findings in memory instead
 * of reading them back: the same passages and evidence {@link IndexedPassageLoader} reads from the database
 * once the document's extraction run is its latest (accepted findings only; a finding whose passage ordinal has
 * no stored passage counts for the whole document). Pure and thread-safe.
 */
public final class FreshPassages {
    private FreshPassages() {}

    /** Builds the entries; {@code passageIds} maps passage ordinals to the ids they were stored under. */
    public static List<IndexedPassage> of(long documentId, String fileName, Document document,
                                          Map<Integer, Long> passageIds, List<Finding> findings) {
        return of(documentId, fileName, document, TextMetadata.of(document), passageIds, findings);
    }

    /** Builds the entries with the document's metadata already read ({@code meta}, as {@link TextMetadata#of} reads it). */
    public static List<IndexedPassage> of(long documentId, String fileName, Document document, DocumentMetadata meta,
                                          Map<Integer, Long> passageIds, List<Finding> findings) {
        PassageEvidence evidence = new PassageEvidence();
        for (String type : List.of("cohort", "survival", "p_value", "hazard_ratio", "dose")) { // the loader's order
            for (Finding f : findings) {
                if (f.accepted() && type.equals(typeOf(f.fact()))) add(evidence, passageIds.get(f.passageOrdinal()), f.fact());
            }
        }
        Map<Integer, Section> sections = new HashMap<>();
        for (Section s : document.sections()) sections.put(s.ordinal(), s);
        List<String> trials = meta.trials().stream().filter(t -> !t.source().equals("references"))
                .map(DocumentMetadata.TrialRegistration::registrationId).toList();
        List<IndexedPassage> out = new ArrayList<>(document.passages().size());
        for (Passage p : document.passages()) {
            Long id = passageIds.get(p.ordinal());
            if (id == null) continue;
            Section s = sections.get(p.sectionOrdinal());
            out.add(evidence.passage(id, documentId, fileName, document.title(), meta.year(), meta.journal(),
                    s == null ? null : s.heading(),
                    s == null ? null : s.kind().dbName(), p.kind().dbName(), p.ordinal(), p.charStart(), p.charEnd(),
                    p.text()).withIdentifiers(meta.doi(), meta.pmid(), trials));
        }
        return out;
    }

    private static String typeOf(Fact fact) {
        if (fact instanceof Fact.Cohort) return "cohort";
        if (fact instanceof Fact.Survival) return "survival";
        if (fact instanceof Fact.PValue) return "p_value";
        if (fact instanceof Fact.HazardRatio) return "hazard_ratio";
        return "dose";
    }

    /** The values the evidence tables store for the index (see IndexedPassageLoader's query). */
    private static void add(PassageEvidence evidence, Long passageId, Fact fact) {
        if (fact instanceof Fact.Cohort c) {
            evidence.add(passageId, "cohort", null, null, null, (double) c.size(), null);
        } else if (fact instanceof Fact.Survival s) {
            evidence.add(passageId, "survival", null, null, s.endpoint(), null, null);
        } else if (fact instanceof Fact.PValue p) {
            evidence.add(passageId, "p_value", null, null, null, p.value(), null);
        } else if (fact instanceof Fact.HazardRatio h) {
            evidence.add(passageId, "hazard_ratio", null, null, h.endpoint(), h.value(), h.pValue());
        } else if (fact instanceof Fact.Dose d) {
            evidence.add(passageId, "dose", d.agent(), d.regimen(), null, null, null);
        }
    }
}
