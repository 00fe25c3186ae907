package org.oncoev.pipeline.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One line per stored finding with its provenance as JSON Lines ({@link #COLUMNS}; {@code values} is the
 * finding's normalised values as a JSON object), and the RFC 4180 CSV record writing the CSV exports share
 * (CRLF line ends, fields quoted when they hold a comma, quote, CR or LF, quotes doubled). Thread-safe.
 */
public final class FactLines {
    /** Keys, in order, of each JSON Lines object. */
    public static final List<String> COLUMNS = List.of("document", "source_path", "doi", "pmid", "year", "journal", "type", "status", "values", "raw",
            "passage_id", "passage_ordinal", "char_start", "char_end", "passage_start", "passage_end", "arm", "cited",
            "confidence", "extractor", "run_id", "rejected_reason");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FactLines() {}

    /** The JSON object of one finding (one JSON Lines line without the newline); {@code paper}: its document's metadata. */
    public static String jsonLine(StoredFinding f, PaperInfo paper) {
        ObjectNode o = JSON.createObjectNode();
        o.put("document", f.fileName()).put("source_path", f.sourcePath()).put("doi", paper.doi())
                .put("pmid", paper.pmid()).put("year", paper.year()).put("journal", paper.journal()).put("type", f.type())
                .put("status", status(f));
        o.set("values", JSON.valueToTree(f.values()));
        o.put("raw", f.raw());
        if (f.passageId() == null) o.putNull("passage_id");
        else o.put("passage_id", f.passageId());
        o.put("passage_ordinal", f.passageOrdinal()).put("char_start", f.charStart()).put("char_end", f.charEnd())
                .put("passage_start", f.passageStart()).put("passage_end", f.passageEnd()).put("arm", f.arm())
                .put("cited", f.cited()).put("confidence", f.confidence()).put("extractor", f.extractorSignature())
                .put("run_id", f.runId()).put("rejected_reason", f.rejectedReason());
        return JSON.writeValueAsString(o);
    }

    /** Writes JSON Lines: one object per finding with its document's metadata from {@code papers}, LF-terminated. */
    public static void writeJsonl(List<StoredFinding> findings, Map<Long, PaperInfo> papers, Writer out) throws IOException {
        for (StoredFinding f : findings) out.write(jsonLine(f, papers.getOrDefault(f.documentId(), PaperInfo.NONE)) + "\n");
    }

    /** One CSV record with its CRLF. */
    public static String csvRecord(List<Object> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(csvField(String.valueOf(fields.get(i))));
        }
        return sb.append("\r\n").toString();
    }

    /** A field, quoted when it holds a comma, a double quote, CR or LF (RFC 4180). */
    static String csvField(String s) {
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static String status(StoredFinding f) {
        return f.accepted() ? "accepted" : "rejected";
    }
}
