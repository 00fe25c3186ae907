package org.oncoev.extractors.hazard;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.text.DocumentAssembler;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Fact;

/** Shared readings of the hazard-ratio tests: what the extractor finds in a passage, and a text's table grid. */
final class HazardRatioReadings {
    private HazardRatioReadings() {}

    /** The hazard ratios of {@code p} in passage order, each as its value followed by {@code suffix}, space-separated. */
    static String read(Passage p, Function<Fact.HazardRatio, String> suffix) {
        return new HazardRatioExtractor().extract(p, ExtractionContext.empty()).stream()
                .sorted(Comparator.comparingInt(f -> f.passageStart()))
                .map(f -> {
                    Fact.HazardRatio h = (Fact.HazardRatio) f.fact();
                    return h.value() + suffix.apply(h);
                }).collect(Collectors.joining(" "));
    }

    /** The first table passage (a grid) of a plain-text document holding {@code text}. */
    static Passage grid(String text) throws Exception {
        Document d = DocumentAssembler.assemble("t.txt", "txt", text, null, List.of());
        return d.passages().stream().filter(p -> p.kind() == PassageKind.TABLE).findFirst().orElseThrow();
    }
}
