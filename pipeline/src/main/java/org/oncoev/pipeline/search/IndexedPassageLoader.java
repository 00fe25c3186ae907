package org.oncoev.pipeline.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oncoev.corpus.index.IndexedPassage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads what the index holds for one document from PostgreSQL (the source of truth): its passages with their
 * sections, and the evidence of the document's latest extraction run ({@code latest_*} views).
 *
 * <p>Contract: {@code endpoint}, {@code type}, {@code pvalue} and {@code hr} are the passage's own findings
 * (a hazard ratio's p-value counts as a p-value); {@code agent}, {@code regimen} and {@code cohort} are the
 * passage's findings plus those of its whole document, so {@code agent:sorafenib AND endpoint:OS AND
 * cohort:[50 TO *]} finds survival passages of sorafenib papers with at least 50 patients. Year and journal are
 * not stored in the schema yet and stay null.
 */
public final class IndexedPassageLoader {
    private final JdbcTemplate jdbc;

    public IndexedPassageLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Ids of the current documents, ascending. */
    public List<Long> currentDocumentIds() {
        return jdbc.queryForList("SELECT id FROM documents WHERE current ORDER BY id", Long.class);
    }

    /** The passages of {@code documentId} ready for indexing; empty if the document has none or does not exist. */
    public List<IndexedPassage> load(long documentId) {
        List<Map<String, Object>> docs = jdbc.queryForList(
                "SELECT file_name, title FROM documents WHERE id = ?", documentId);
        if (docs.isEmpty()) return List.of();
        String fileName = (String) docs.get(0).get("file_name");
        String title = (String) docs.get(0).get("title");
        Map<Long, Evidence> byPassage = new HashMap<>();
        Evidence wholeDocument = new Evidence();
        jdbc.query(EVIDENCE_SQL, rs -> {
            long passageId = rs.getLong("passage_id");
            Evidence e = rs.wasNull() ? wholeDocument : byPassage.computeIfAbsent(passageId, k -> new Evidence());
            String type = rs.getString("type");
            e.types.add(type);
            String agent = rs.getString("agent");
            if (agent != null) { e.agents.add(agent); wholeDocument.agents.add(agent); }
            String regimen = rs.getString("regimen");
            if (regimen != null) { e.regimens.add(regimen); wholeDocument.regimens.add(regimen); }
            String endpoint = rs.getString("endpoint");
            if (endpoint != null) e.endpoints.add(endpoint);
            double number = rs.getDouble("number");
            boolean hasNumber = !rs.wasNull();
            double pValue = rs.getDouble("p_value");
            if (!rs.wasNull()) e.pValues.add(pValue);
            if (!hasNumber) return;
            switch (type) {
                case "cohort" -> { e.cohorts.add(number); wholeDocument.cohorts.add(number); }
                case "p_value" -> e.pValues.add(number);
                case "hazard_ratio" -> e.hazardRatios.add(number);
                default -> { }
            }
        }, documentId, documentId, documentId, documentId, documentId);
        List<IndexedPassage> out = new ArrayList<>();
        jdbc.query(PASSAGES_SQL, rs -> {
            long passageId = rs.getLong("id");
            Evidence e = byPassage.getOrDefault(passageId, new Evidence());
            out.add(new IndexedPassage(passageId, documentId, fileName, title, null, null, rs.getString("heading"),
                    rs.getString("section_kind") == null ? "other" : rs.getString("section_kind"),
                    rs.getString("kind"), rs.getInt("ordinal"), rs.getInt("char_start"), rs.getInt("char_end"),
                    rs.getString("text"), union(e.agents, wholeDocument.agents),
                    union(e.regimens, wholeDocument.regimens), List.copyOf(e.endpoints), List.copyOf(e.types),
                    union(e.cohorts, wholeDocument.cohorts), List.copyOf(e.pValues), List.copyOf(e.hazardRatios)));
        }, documentId);
        return out;
    }

    private static <T> List<T> union(Set<T> own, Set<T> document) {
        Set<T> all = new LinkedHashSet<>(own);
        all.addAll(document);
        return List.copyOf(all);
    }

    /** Evidence values of one passage (or of a whole document), deduplicated in order of appearance. */
    private static final class Evidence {
        final Set<String> agents = new LinkedHashSet<>();
        final Set<String> regimens = new LinkedHashSet<>();
        final Set<String> endpoints = new LinkedHashSet<>();
        final Set<String> types = new LinkedHashSet<>();
        final Set<Double> cohorts = new LinkedHashSet<>();
        final Set<Double> pValues = new LinkedHashSet<>();
        final Set<Double> hazardRatios = new LinkedHashSet<>();
    }

    private static final String PASSAGES_SQL = """
            SELECT p.id, p.ordinal, p.kind, p.text, p.char_start, p.char_end, s.heading, s.kind AS section_kind
            FROM passages p LEFT JOIN sections s ON s.id = p.section_id
            WHERE p.document_id = ? ORDER BY p.ordinal""";

    private static final String EVIDENCE_SQL = """
            SELECT passage_id, 'cohort' AS type, NULL AS agent, NULL AS regimen, NULL AS endpoint,
                   size::float8 AS number, NULL::float8 AS p_value
              FROM latest_cohorts WHERE document_id = ?
            UNION ALL
            SELECT passage_id, 'survival', NULL, NULL, endpoint, NULL, NULL
              FROM latest_survival_outcomes WHERE document_id = ?
            UNION ALL
            SELECT passage_id, 'p_value', NULL, NULL, NULL, p_value, NULL
              FROM latest_p_values WHERE document_id = ?
            UNION ALL
            SELECT passage_id, 'hazard_ratio', NULL, NULL, NULL, hazard_ratio, p_value
              FROM latest_hazard_ratios WHERE document_id = ?
            UNION ALL
            SELECT passage_id, 'dose', agent, regimen, NULL, NULL, NULL
              FROM latest_doses WHERE document_id = ?""";
}
