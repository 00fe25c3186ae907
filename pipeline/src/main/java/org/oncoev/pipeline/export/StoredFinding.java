package org.oncoev.pipeline.export;

import java.util.Map;
import org.oncoev.extractors.Finding;

/**
 * One stored finding with its provenance as the database holds it: the document (id, file name, source path),
 * the run (the job execution that wrote it, as {@code oncoev runs} numbers runs; null when written without a
 * job), the passage id, the type key ({@code cohorts}, {@code survival}, ...), the normalised
 * values (record component names as keys, relations as symbols) and the {@link Finding} itself. A rejected
 * finding has {@code rejectedReason} set and {@code finding} null (its fact is kept as {@code values} only).
 */
public record StoredFinding(long documentId, String fileName, String sourcePath, Long runId, Long passageId,
                            String type, Map<String, Object> values, String raw, int passageOrdinal,
                            int charStart, int charEnd, int passageStart, int passageEnd, String arm,
                            boolean cited, double confidence, String extractor, String extractorVersion,
                            String rejectedReason, Finding finding) {

    public boolean accepted() {
        return rejectedReason == null;
    }

    /** {@code name@version} of the extractor that produced it. */
    public String extractorSignature() {
        return extractor + "@" + extractorVersion;
    }
}
