package org.oncoev.extractors.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.DocumentReadException;
import org.oncoev.corpus.DocumentReader;
import org.oncoev.corpus.DocumentReaders;
import org.oncoev.extractors.EvidenceExtraction;

/**
 * Scores evidence against a folder of gold files in the format of {@code FORMAT.md}, in one of two modes:
 * {@link #evaluateCorpus} reads each gold file's document from a corpus folder, extracts in memory and
 * scores; {@link #comparePredictions} scores a folder of predicted evidence files (as {@code export}
 * writes them). Works on any folder of gold files: every {@code *.json} in it is a gold file. A document
 * that cannot be read or has no prediction is scored with no predictions and listed as a problem. A gold
 * file that cannot be parsed fails the evaluation. Thread-safe when its loader is.
 */
public final class Evaluation {

    /** Loads a corpus file into a {@link Document}; may throw anything, which is reported as a problem. */
    @FunctionalInterface
    public interface DocumentLoader {
        Document load(Path file) throws Exception;
    }

    private static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private final EvidenceExtraction extraction;
    private final DocumentLoader loader;
    private final EvidenceExporter exporter = new EvidenceExporter();
    private final Scorer scorer = new Scorer();

    public Evaluation(EvidenceExtraction extraction, DocumentLoader loader) {
        this.extraction = extraction;
        this.loader = loader;
    }

    /** The production set-up: {@link EvidenceExtraction#defaults()} over files read by {@link DocumentReaders}. */
    public static Evaluation withDefaults() {
        return new Evaluation(EvidenceExtraction.defaults(), Evaluation::readDocument);
    }

    /** Reads a file with the first default reader that supports its name; files over 256 MB are refused. */
    public static Document readDocument(Path file) throws IOException, DocumentReadException {
        String name = file.getFileName().toString();
        DocumentReader reader = DocumentReaders.forFile(name)
                .orElseThrow(() -> new DocumentReadException("read", "no reader for " + name));
        if (Files.size(file) > MAX_FILE_BYTES) throw new DocumentReadException("read", name + " is too large");
        return reader.read(name, Files.readAllBytes(file));
    }

    /** Extracts each gold file's document from {@code corpusDir} and scores it against the gold. */
    public EvaluationReport evaluateCorpus(Path goldDir, Path corpusDir) throws IOException {
        List<DocumentScore> scores = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path goldFile : goldFiles(goldDir)) {
            EvidenceDocument gold = EvidenceJson.read(goldFile);
            String name = documentName(gold, goldFile);
            EvidenceDocument predicted = new EvidenceDocument(name, null, null, null, null, null);
            Path file = corpusFile(corpusDir, name);
            if (file == null) {
                problems.add(name + ": not found in " + corpusDir);
            } else {
                try {
                    Document doc = loader.load(file);
                    predicted = exporter.export(name, extraction.extract(doc));
                } catch (Exception e) {
                    problems.add(name + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
            scores.add(scorer.score(gold, predicted));
        }
        return new EvaluationReport(scores, problems);
    }

    /**
     * Scores the evidence files in {@code predictedDir} against the gold files in {@code goldDir}. A gold
     * file's prediction is the predicted file whose {@code document} names the same document, else the
     * predicted file with the gold file's name.
     */
    public static EvaluationReport comparePredictions(Path goldDir, Path predictedDir) throws IOException {
        Map<String, EvidenceDocument> byDocument = new HashMap<>();
        Map<String, EvidenceDocument> byFile = new HashMap<>();
        for (Path p : goldFiles(predictedDir)) {
            EvidenceDocument doc = EvidenceJson.read(p);
            byFile.put(p.getFileName().toString(), doc);
            if (doc.document() != null) byDocument.put(doc.document(), doc);
        }
        Map<String, EvidenceDocument> predictions = new HashMap<>(byFile);
        predictions.putAll(byDocument);
        return compareDocuments(goldDir, predictions, predictedDir.toString());
    }

    /**
     * Scores predicted documents, keyed by document name (or by evidence file name), against the gold files
     * in {@code goldDir}; {@code origin} names where the predictions came from in problem messages.
     */
    public static EvaluationReport compareDocuments(Path goldDir, Map<String, EvidenceDocument> predictions,
                                                    String origin) throws IOException {
        Scorer scorer = new Scorer();
        List<DocumentScore> scores = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path goldFile : goldFiles(goldDir)) {
            EvidenceDocument gold = EvidenceJson.read(goldFile);
            String name = documentName(gold, goldFile);
            EvidenceDocument predicted = predictions.getOrDefault(name,
                    predictions.get(goldFile.getFileName().toString()));
            if (predicted == null) {
                problems.add(name + ": no predicted evidence in " + origin);
                predicted = new EvidenceDocument(name, null, null, null, null, null);
            }
            scores.add(scorer.score(gold, predicted));
        }
        return new EvaluationReport(scores, problems);
    }

    /** The {@code *.json} files directly in a folder, sorted by name; fails when the folder does not exist. */
    public static List<Path> goldFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("not a folder: " + dir);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
                    .filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String documentName(EvidenceDocument gold, Path goldFile) {
        if (gold.document() != null && !gold.document().isBlank()) return gold.document().strip();
        String f = goldFile.getFileName().toString();
        return f.substring(0, f.length() - ".json".length());
    }

    /** The corpus file named (file name only, never a path outside the folder), else one with the same stem. */
    static Path corpusFile(Path corpusDir, String documentName) throws IOException {
        Path named = Path.of(documentName).getFileName();
        if (named == null) return null;
        Path direct = corpusDir.resolve(named.toString());
        if (Files.isRegularFile(direct)) return direct;
        String stem = stem(named.toString());
        try (Stream<Path> s = Files.list(corpusDir)) {
            return s.filter(Files::isRegularFile).filter(p -> stem(p.getFileName().toString()).equals(stem))
                    .sorted().findFirst().orElse(null);
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
