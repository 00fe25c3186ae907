package org.oncoev.pipeline.ingest;

import java.util.List;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.DocumentMetadata;
import org.oncoev.corpus.meta.TextMetadata;
import org.oncoev.extractors.Finding;

/** What the ingest processor decided for one file; the writer acts on it. */
public sealed interface IngestItem {
    SourceFile file();

    /** Hex SHA-256 of the file's bytes, or "" when the file could not be read. */
    String sha256();

    /**
     * Content already stored and current; {@code needsIndex} when its passages never reached the index;
     * {@code byFileState} when the path, size and mtime matched, so the file was not even read.
     */
    record Unchanged(SourceFile file, String sha256, long documentId, boolean needsIndex, boolean byFileState)
            implements IngestItem {}

    /**
     * New content, parsed and extracted, with its bibliographic {@code metadata} ({@link TextMetadata#of}); it
     * replaces whatever is current at the same path.
     */
    record Parsed(SourceFile file, String sha256, long bytes, Document document, DocumentMetadata metadata,
                  List<Finding> findings, String extractorSignature, List<Problem> problems) implements IngestItem {
        public Parsed {
            findings = List.copyOf(findings);
            problems = List.copyOf(problems);
        }

        /**
         * The item with the document's metadata read here, on the caller's thread (a processing thread of the ingest,
         * so the single writing thread and the indexing thread do not read it again).
         */
        public Parsed(SourceFile file, String sha256, long bytes, Document document, List<Finding> findings,
                      String extractorSignature, List<Problem> problems) {
            this(file, sha256, bytes, document, TextMetadata.of(document), findings, extractorSignature, problems);
        }
    }

    /** Content stored earlier but superseded (a file changed back): it becomes current again. */
    record Revived(SourceFile file, String sha256, long documentId) implements IngestItem {}

    /** Bad input: recorded in {@code ingest_issues} with its stage and one-line reason; nothing else stored. */
    record Problem(SourceFile file, String sha256, String stage, String reason, String errorClass) implements IngestItem {}
}
