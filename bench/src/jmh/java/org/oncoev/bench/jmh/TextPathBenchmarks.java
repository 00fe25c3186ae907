package org.oncoev.bench.jmh;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.text.NormalizedText;
import org.oncoev.corpus.text.TextDocumentReader;
import org.oncoev.corpus.text.TextNormalizer;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Extractor;
import org.oncoev.extractors.Finding;
import org.oncoev.bench.PaperGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Microbenchmarks of the text path's hot spots on generated papers: the normaliser, the whole text reader
 * (normalise, sections, sentences), all extractors over a document, and each extractor alone over the
 * evidence-carrying passages. Run with the {@code jmh} Maven profile (see pipeline/pom.xml).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TextPathBenchmarks {
    /** Index of the generated paper (papers differ in size and wording). */
    @Param({"1", "2"})
    int paper;

    /** Name of the extractor measured by {@link #singleExtractor()}. */
    @Param({"*"})
    String extractorName;

    String markdown;
    byte[] markdownBytes;
    Document document;
    List<Passage> evidencePassages;
    EvidenceExtraction extraction;
    List<Extractor> selected;

    @Setup
    public void setUp() throws Exception {
        markdown = new PaperGenerator().generate(paper).toMarkdown();
        markdownBytes = markdown.getBytes(StandardCharsets.UTF_8);
        document = new TextDocumentReader().read("paper.md", markdownBytes);
        evidencePassages = document.passages().stream().filter(p -> p.kind().carriesEvidence()).toList();
        extraction = EvidenceExtraction.defaults();
        selected = extraction.extractors().stream()
                .filter(e -> extractorName.equals("*") || e.name().equals(extractorName)).toList();
    }

    @Benchmark
    public NormalizedText normalise() {
        return TextNormalizer.normalize(markdown);
    }

    @Benchmark
    public Document readTextDocument() throws Exception {
        return new TextDocumentReader().read("paper.md", markdownBytes);
    }

    @Benchmark
    public List<Finding> extractDocument() {
        return extraction.extract(document);
    }

    /** The selected extractors ({@code -p extractorName=...}; all by default) over the evidence passages. */
    @Benchmark
    public List<Finding> singleExtractor() {
        ExtractionContext context = ExtractionContext.empty();
        List<Finding> out = new ArrayList<>();
        for (Passage p : evidencePassages) {
            for (Extractor e : selected) out.addAll(e.extract(p, context));
        }
        return out;
    }
}
