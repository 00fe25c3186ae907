package org.oncoev.pipeline.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads one document for the document view: metadata, sections, passages (capped at {@link #MAX_PASSAGES}) and the
 * evidence of its latest extraction run, each fact with its provenance (passage id, offsets into the passage
 * text and into the original file, raw text, extractor and version).
 */
@Component
public class DocumentQueries {
    /** Most passages returned per document. */
    public static final int MAX_PASSAGES = 5000;

    /** Evidence views and the type name each row is reported under. */
    private static final Map<String, String> EVIDENCE_VIEWS = orderedViews();

    private final JdbcTemplate jdbc;

    public DocumentQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The document as ordered maps, or null when there is no document {@code id}. */
    public Map<String, Object> document(long id) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT id, file_name, source_path, title, doi, format, char_count, pages, current, superseded_by,
                       first_seen, last_seen, indexed_at, journal, year, pmid, pmcid, volume, issue, page_range, license
                FROM documents WHERE id = ?""", id);
        if (rows.isEmpty()) return null;
        Map<String, Object> out = new LinkedHashMap<>(rows.get(0));
        out.put("trials", jdbc.queryForList("""
                SELECT registration_id FROM trial_registrations WHERE document_id = ? ORDER BY registry, registration_id""",
                String.class, id));
        out.put("sections", jdbc.queryForList("""
                SELECT id, ordinal, heading, kind, char_start, char_end FROM sections
                WHERE document_id = ? ORDER BY ordinal""", id));
        out.put("passages", jdbc.queryForList("""
                SELECT p.id, p.ordinal, p.kind, s.ordinal AS section_ordinal, p.text, p.char_start, p.char_end, p.page
                FROM passages p LEFT JOIN sections s ON s.id = p.section_id
                WHERE p.document_id = ? ORDER BY p.ordinal LIMIT ?""", id, MAX_PASSAGES));
        out.put("evidence", evidence(id));
        return out;
    }

    private List<Map<String, Object>> evidence(long id) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Map.Entry<String, String> view : EVIDENCE_VIEWS.entrySet()) {
            for (Map<String, Object> row : jdbc.queryForList(
                    "SELECT * FROM " + view.getKey() + " WHERE document_id = ? ORDER BY passage_ordinal, passage_start",
                    id)) {
                Map<String, Object> fact = new LinkedHashMap<>();
                fact.put("type", view.getValue());
                row.remove("document_id");
                fact.putAll(row);
                all.add(fact);
            }
        }
        all.sort(java.util.Comparator.comparingInt((Map<String, Object> f) -> ((Number) f.get("char_start")).intValue()));
        return all;
    }

    private static Map<String, String> orderedViews() {
        Map<String, String> views = new LinkedHashMap<>();
        views.put("latest_cohorts", "cohort");
        views.put("latest_survival_outcomes", "survival");
        views.put("latest_p_values", "p_value");
        views.put("latest_hazard_ratios", "hazard_ratio");
        views.put("latest_doses", "dose");
        return views;
    }
}
