package org.oncoev.pipeline.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stored findings as flat rows with one column per value ({@link #COLUMNS}), for {@code export --format csv} and
 * the evidence view. {@code type} is the name search uses ({@code cohort}, {@code survival}, {@code p_value},
 * {@code hazard_ratio}, {@code dose}); {@code value} holds a cohort's size, a survival value or a hazard ratio;
 * p-values sit in {@code p_value} with {@code relation}, dose amounts in {@code amount} (upper bound of a range in
 * {@code value_max}); an adjusted hazard ratio has {@code measure} {@code adjusted}. {@code char_start}/{@code
 * char_end} are offsets into the original file and {@code quote} the text as written there. Missing values are
 * empty cells, numbers are plain decimals, booleans {@code true}/{@code false}, so R's {@code read.csv} and
 * pandas read the file without post-processing. Thread-safe.
 */
public final class FlatFacts {
    /** Column names, in order. */
    public static final List<String> COLUMNS = List.of("document", "doi", "pmid", "year", "type", "endpoint",
            "measure", "value", "value_max", "unit", "ci_low", "ci_high", "time_months", "relation", "p_value",
            "agent", "amount", "route", "schedule", "arm", "cited", "passage_id", "char_start", "char_end", "quote",
            "extractor", "version");
    /** Columns appended when rejected findings are written too. */
    public static final List<String> REJECTED_COLUMNS = List.of("status", "rejected_reason");

    private FlatFacts() {}

    /** The search name of an evidence type key ({@code hazard_ratios} -> {@code hazard_ratio}). */
    public static String searchType(String key) {
        return switch (key) {
            case "cohorts" -> "cohort";
            case "p_values" -> "p_value";
            case "hazard_ratios" -> "hazard_ratio";
            case "doses" -> "dose";
            default -> key;
        };
    }

    /** One finding as an ordered map of {@link #COLUMNS} (absent values null). */
    public static Map<String, Object> row(StoredFinding f, PaperInfo paper) {
        Map<String, Object> v = f.values();
        Map<String, Object> row = new LinkedHashMap<>();
        for (String c : COLUMNS) row.put(c, null);
        String type = searchType(f.type());
        row.put("document", f.fileName());
        row.put("doi", paper.doi());
        row.put("pmid", paper.pmid());
        row.put("year", paper.year());
        row.put("type", type);
        switch (type) {
            case "cohort" -> row.put("value", v.get("size"));
            case "survival" -> {
                for (String c : List.of("endpoint", "measure", "value", "value_max", "unit", "ci_low", "ci_high",
                        "time_months")) row.put(c, v.get(c));
            }
            case "p_value" -> {
                row.put("relation", v.get("relation"));
                row.put("p_value", v.get("value"));
            }
            case "hazard_ratio" -> {
                row.put("endpoint", v.get("endpoint"));
                row.put("measure", Boolean.TRUE.equals(v.get("adjusted")) ? "adjusted" : null);
                for (String c : List.of("value", "ci_low", "ci_high", "p_value")) row.put(c, v.get(c));
                row.put("relation", v.get("p_relation"));
            }
            case "dose" -> {
                for (String c : List.of("agent", "amount", "unit", "route", "schedule")) row.put(c, v.get(c));
                row.put("value_max", v.get("amount_max"));
            }
            default -> { }
        }
        row.put("arm", f.arm());
        row.put("cited", f.cited());
        row.put("passage_id", f.passageId());
        row.put("char_start", f.charStart());
        row.put("char_end", f.charEnd());
        row.put("quote", f.raw());
        row.put("extractor", f.extractor());
        row.put("version", f.extractorVersion());
        return row;
    }

    /**
     * Writes the header and one CSV record per finding (RFC 4180, CRLF); with {@code withStatus} the
     * {@link #REJECTED_COLUMNS} follow.
     */
    public static void writeCsv(List<StoredFinding> findings, Map<Long, PaperInfo> papers, boolean withStatus,
                                Writer out) throws IOException {
        List<Object> header = new ArrayList<>(COLUMNS);
        if (withStatus) header.addAll(REJECTED_COLUMNS);
        out.write(FactLines.csvRecord(header));
        for (StoredFinding f : findings) {
            List<Object> cells = new ArrayList<>();
            for (Object value : row(f, papers.getOrDefault(f.documentId(), PaperInfo.NONE)).values()) {
                cells.add(cell(value));
            }
            if (withStatus) {
                cells.add(f.accepted() ? "accepted" : "rejected");
                cells.add(cell(f.rejectedReason()));
            }
            out.write(FactLines.csvRecord(cells));
        }
    }

    /** A cell's text: empty for null, plain decimals for numbers (no exponent, no trailing zeros). */
    public static String cell(Object value) {
        if (value == null) return "";
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) return "";
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
