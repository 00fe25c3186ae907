package org.oncoev.pipeline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.DocumentMetadata;
import org.oncoev.corpus.DocumentReadException;
import org.oncoev.corpus.DocumentReader;
import org.oncoev.corpus.FileBudget;
import org.oncoev.corpus.meta.TextMetadata;
import org.oncoev.corpus.text.TextDocumentReader;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.extractors.Finding;
import org.oncoev.pipeline.ingest.IngestItem.Problem;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Decides what to do with one file: a file whose path, size and mtime match the current version is unchanged
 * without being read; otherwise hash it, skip content already stored, otherwise read and normalise it
 * with its {@link DocumentReader} and run the evidence extractors. Every failure of the input becomes a
 * {@link Problem} with a stage and a one-line reason, including a file over its time or character budget
 * ({@link Limits}); database failures propagate and fail the step.
 * Thread-safe (no mutable state beyond its collaborators).
 */
public final class IngestProcessor implements ItemProcessor<SourceFile, IngestItem> {
    private static final int BINARY_PROBE_BYTES = 8192;

    private final ReaderLookup readers;
    private final EvidenceExtraction extraction;
    private final DocumentStore store;
    private final long maxFileBytes;
    private final Limits limits;

    private final Map<String, DocumentStore.FileState> knownFiles;

    /**
     * A processor that takes the recorded file states from {@code knownFiles} (by source path, read when the run
     * started; see {@link DocumentStore#fileStatesUnder}) instead of asking the database per file.
     */
    public IngestProcessor(ReaderLookup readers, EvidenceExtraction extraction, DocumentStore store, long maxFileBytes,
                           Map<String, DocumentStore.FileState> knownFiles) {
        this(readers, extraction, store, maxFileBytes, knownFiles, Limits.defaults());
    }

    /**
     * Per-file bounds: reading and extracting one file may take {@code timeLimit} of wall time (its
     * {@link FileBudget}) and its text at most {@code maxChars} characters; a file over either is a {@link Problem}.
     * A document keeps at most {@code maxFindings} findings (its first ones, in passage order) and gets a problem
     * saying how many there were.
     */
    public record Limits(Duration timeLimit, int maxChars, int maxFindings) {
        public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(120);
        public static final int DEFAULT_MAX_CHARS = 2_000_000;
        public static final int DEFAULT_MAX_FINDINGS = 20_000;

        public static Limits defaults() {
            return new Limits(DEFAULT_TIME_LIMIT, DEFAULT_MAX_CHARS, DEFAULT_MAX_FINDINGS);
        }

        /** {@code findings} cut to {@link #maxFindings}, or null when they fit. */
        public List<Finding> cap(List<Finding> findings) {
            return findings.size() <= maxFindings ? null : List.copyOf(findings.subList(0, maxFindings));
        }

        /** The reason recorded for a document whose {@code found} findings were cut to the cap. */
        public String capReason(int found) {
            return String.format(Locale.ROOT, "%,d findings, over the cap of %,d per document "
                    + "(oncoev.ingest.max-findings): the first %,d are stored", found, maxFindings, maxFindings);
        }
    }

    public IngestProcessor(ReaderLookup readers, EvidenceExtraction extraction, DocumentStore store, long maxFileBytes,
                           Map<String, DocumentStore.FileState> knownFiles, Limits limits) {
        this.limits = limits;
        this.readers = readers;
        this.extraction = extraction;
        this.store = store;
        this.maxFileBytes = maxFileBytes;
        this.knownFiles = Map.copyOf(knownFiles);
    }

    @Override
    public IngestItem process(SourceFile file) {
        if (file.walkError() != null) return new Problem(file, "", "read", file.walkError(), null);
        // incremental: same path, size and mtime as the current version -> unchanged, without reading the file
        Optional<DocumentStore.FileMatch> same = Optional.ofNullable(knownFiles.get(file.sourcePath()))
                .flatMap(k -> k.matching(file.size(), file.mtimeMillis()));
        if (same.isPresent()) {
            return new IngestItem.Unchanged(file, same.get().sha256(), same.get().id(), !same.get().indexed(), true);
        }
        long size;
        try {
            size = Files.size(file.path());
        } catch (IOException e) {
            return new Problem(file, "", "read", "cannot read file: " + message(e), e.getClass().getName());
        }
        if (size > maxFileBytes) {
            return new Problem(file, hashQuietly(file), "read", String.format(Locale.ROOT,
                    "file is %,d bytes, over the size cap of %,d bytes (oncoev.ingest.max-file-bytes)",
                    size, maxFileBytes), null);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException | OutOfMemoryError e) {
            return new Problem(file, "", "read", "cannot read file: " + message(e), e.getClass().getName());
        }
        String sha = sha256(bytes);
        if (bytes.length == 0) return new Problem(file, sha, "read", "empty file (0 bytes)", null);

        Optional<DocumentStore.StoredDocument> stored = store.findBySha(sha);
        if (stored.isPresent()) {
            DocumentStore.StoredDocument doc = stored.get();
            return doc.current() ? new IngestItem.Unchanged(file, sha, doc.id(), !doc.indexed(), false)
                    : new IngestItem.Revived(file, sha, doc.id());
        }
        Optional<DocumentReader> reader = readers.forFile(file.fileName());
        if (reader.isEmpty()) return new Problem(file, sha, "read", "no reader for this file type", null);
        if (!file.fileName().toLowerCase(Locale.ROOT).endsWith(".pdf") && looksBinary(bytes)) {
            return new Problem(file, sha, "decode", "binary content (NUL bytes) in a text file", null);
        }
        try (FileBudget budget = FileBudget.open(limits.timeLimit(), limits.maxChars())) {
            return readAndExtract(file, sha, bytes, reader.get(), budget);
        }
    }

    /** Reads and extracts under {@code budget}: a file that spends it is a problem naming the stage it was in. */
    private IngestItem readAndExtract(SourceFile file, String sha, byte[] bytes, DocumentReader reader, FileBudget budget) {
        Document document;
        try {
            document = reader.read(file.fileName(), bytes);
        } catch (DocumentReadException e) {
            if (spent(budget, "reading")) return timedOut(file, sha, "parse", budget);
            return new Problem(file, sha, e.stage(), message(e), e.getClass().getName());
        } catch (RuntimeException | StackOverflowError e) {
            if (spent(budget, "reading")) return timedOut(file, sha, "parse", budget);
            return new Problem(file, sha, "parse", "reader failed: " + e.getClass().getSimpleName() + ": " + message(e),
                    e.getClass().getName());
        } catch (OutOfMemoryError e) {
            return new Problem(file, sha, "parse", "out of memory while reading the file", e.getClass().getName());
        }
        if (document == null || document.passages().isEmpty()) {
            return new Problem(file, sha, "split", "no text passages found", null);
        }
        List<Problem> problems = new ArrayList<>();
        for (String warning : document.warnings()) problems.add(new Problem(file, sha, "decode", warning, null));
        DocumentMetadata metadata = metadata(file, sha, document, problems);
        List<Finding> findings;
        try {
            findings = extraction.extract(document);
        } catch (RuntimeException | StackOverflowError e) {
            findings = List.of();
            problems.add(budget.exceeded() != null ? timedOut(file, sha, "extract", budget)
                    : new Problem(file, sha, "extract", "extractors failed: " + e.getClass().getSimpleName()
                    + ": " + message(e), e.getClass().getName()));
        } catch (OutOfMemoryError e) {
            findings = List.of();
            problems.add(new Problem(file, sha, "extract", "out of memory while extracting evidence",
                    e.getClass().getName()));
        }
        List<Finding> capped = limits.cap(findings);
        if (capped != null) {
            problems.add(new Problem(file, sha, "extract", limits.capReason(findings.size()), null));
            findings = capped;
        }
        return new IngestItem.Parsed(file, sha, bytes.length, document, metadata, findings, extraction.signature(), problems);
    }

    /**
     * The document's bibliographic metadata ({@link TextMetadata#of}), read here on a processing thread so the
     * writing and indexing threads take it as it is; a failure stores the document without it, with a problem.
     */
    private static DocumentMetadata metadata(SourceFile file, String sha, Document document, List<Problem> problems) {
        try {
            return TextMetadata.of(document);
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new Problem(file, sha, "parse", "metadata failed: " + e.getClass().getSimpleName() + ": "
                    + message(e), e.getClass().getName()));
            return new DocumentMetadata(null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    /**
     * Whether {@code budget} is spent: a reader with a clock of its own (PDF) may stop on the budget's deadline
     * without asking it, so the budget is asked once more here ({@code stage} names the step for the message).
     */
    private static boolean spent(FileBudget budget, String stage) {
        try {
            FileBudget.check(stage);
        } catch (FileBudget.Exceeded e) {
            // recorded in the budget
        }
        return budget.exceeded() != null;
    }

    private static Problem timedOut(SourceFile file, String sha, String stage, FileBudget budget) {
        return new Problem(file, sha, stage, budget.exceeded().getMessage(), FileBudget.Exceeded.class.getName());
    }

    /**
     * True when the first bytes contain a NUL byte, which no text file of a paper has; UTF-16 text (it starts with a
     * byte-order mark) is left to its reader, which decodes it and checks the characters.
     */
    static boolean looksBinary(byte[] bytes) {
        if (TextDocumentReader.utf16(bytes)) return false;
        int n = Math.min(bytes.length, BINARY_PROBE_BYTES);
        for (int i = 0; i < n; i++) if (bytes[i] == 0) return true;
        return false;
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static String hashQuietly(SourceFile file) {
        MessageDigest md = digest();
        try (InputStream in = Files.newInputStream(file.path())) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            return "";
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return (m == null || m.isBlank() ? e.getClass().getSimpleName() : m).replaceAll("\\s+", " ").strip();
    }
}
