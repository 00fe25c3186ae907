package org.oncoev.extractors;

import java.util.ArrayList;
import java.util.List;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.FileBudget;
import org.oncoev.corpus.Passage;
import org.oncoev.extractors.abbrev.Abbreviations;
import org.oncoev.extractors.arms.ArmAttribution;
import org.oncoev.extractors.arms.ArmCatalog;
import org.oncoev.extractors.arms.ArmDetector;
import org.oncoev.extractors.arms.ArmTexts;
import org.oncoev.extractors.arms.DocumentChecks;
import org.oncoev.extractors.text.TokenStarts;

/**
 * Runs a fixed set of extractors over every evidence-carrying passage of a document and returns all
 * findings in passage order, accepted and rejected. The context carries the document's arm labels
 * ({@link ArmDetector}) and arms ({@link ArmCatalog}); afterwards {@link ArmAttribution} gives findings the arm
 * their sentence names and {@link DocumentChecks} marks cited findings, aligns repeated arm
 * mentions and rejects arm sizes that exceed the stated total. Thread-safe when its extractors are.
 */
public final class EvidenceExtraction {
    private final List<Extractor> extractors;

    public EvidenceExtraction(List<Extractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    /** The production extractor set, one per evidence type. */
    public static EvidenceExtraction defaults() {
        return new EvidenceExtraction(DefaultExtractors.all());
    }

    public List<Extractor> extractors() {
        return extractors;
    }

    /** {@code name@version} of every extractor, comma-separated: identifies an extraction run's behaviour. */
    public String signature() {
        StringBuilder sb = new StringBuilder();
        for (Extractor e : extractors) {
            if (sb.length() > 0) sb.append(',');
            sb.append(e.name()).append('@').append(e.version());
        }
        return sb.toString();
    }

    /**
     * Also reads the document's abbreviation definitions once ({@link Abbreviations}) for every extractor, and
     * lets the extractors share each text's token starts ({@link TokenStarts}) while it runs.
     */
    public List<Finding> extract(Document document) {
        try (TokenStarts.Scope shared = TokenStarts.shareWithinThread()) {
            return extractShared(document);
        }
    }

    private List<Finding> extractShared(Document document) {
        FileBudget.check("extraction");
        // the arm readers share each passage's lower-cased text and arm-noun positions
        ArmTexts armTexts = ArmTexts.of(document);
        List<String> labels = ArmDetector.detect(armTexts);
        ExtractionContext context = new ExtractionContext(document.title(), labels, Abbreviations.of(document),
                ArmCatalog.build(armTexts, labels));
        List<Finding> out = new ArrayList<>();
        for (Passage passage : document.passages()) {
            if (!passage.kind().carriesEvidence()) continue;
            FileBudget.check("extraction");
            for (Extractor extractor : extractors) {
                out.addAll(extractor.extract(passage, context));
            }
        }
        FileBudget.check("extraction");
        return DocumentChecks.apply(document, out, context.arms(), context.abbreviations());
    }
}
