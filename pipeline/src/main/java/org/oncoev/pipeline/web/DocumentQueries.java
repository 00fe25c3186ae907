package org.oncoev.pipeline.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads one document for the document view: metadata, sections, passages (capped at {@link #MAX_PASSAGES}) and one
 * page of the evidence of its latest extraction run in source order, each fact with its provenance (passage id,
 * offsets into the passage text and into the original file, raw text, extractor and version, and {@code run_id}: the
 * job execution that wrote it, the id {@code oncoev runs}, {@code runs diff} and {@code export} use). A page holds at
 * most {@link #MAX_EVIDENCE_LIMIT} facts, so a document with very many findings never makes one huge answer.
 * {@code source_path} is relative to the ingested folder it lies under (the server's own folders stay private).
 */
@Component
public class DocumentQueries {
    /** Most passages returned per document. */
    public static final int MAX_PASSAGES = 5000;
    /** Facts per page of evidence unless the request asks for fewer or more. */
    public static final int DEFAULT_EVIDENCE_LIMIT = 1000;
    /** Most facts per page of evidence. */
    public static final int MAX_EVIDENCE_LIMIT = 5000;

    /** Evidence views and the type name each row is reported under. */
    private static final Map<String, String> EVIDENCE_VIEWS = orderedViews();

    private final JdbcTemplate jdbc;

    public DocumentQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The document with the first page of its evidence, or null when there is no document {@code id}. */
    public Map<String, Object> document(long id) {
        return document(id, 0, DEFAULT_EVIDENCE_LIMIT);
    }

    /**
     * The document as ordered maps with the facts {@code evidenceOffset}.. of its evidence (at most
     * {@code evidenceLimit}, capped at {@link #MAX_EVIDENCE_LIMIT}) and {@code evidence_total}; null when there is
     * no document {@code id}.
     */
    public Map<String, Object> document(long id, int evidenceOffset, int evidenceLimit) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT id, file_name, source_path, title, doi, format, char_count, pages, current, superseded_by,
                       first_seen, last_seen, indexed_at, journal, year, pmid, pmcid, volume, issue, page_range, license
                FROM documents WHERE id = ?""", id);
        if (rows.isEmpty()) return null;
        Map<String, Object> out = new LinkedHashMap<>(rows.get(0));
        out.put("trials", jdbc.queryForList("""
                SELECT registration_id FROM trial_registrations WHERE document_id = ? ORDER BY registry, registration_id""",
                String.class, id));
        out.put("source_path", relativeToIngestFolder((String) out.get("source_path")));
        out.put("sections", jdbc.queryForList("""
                SELECT id, ordinal, heading, kind, char_start, char_end FROM sections
                WHERE document_id = ? ORDER BY ordinal""", id));
        out.put("passages", jdbc.queryForList("""
                SELECT p.id, p.ordinal, p.kind, s.ordinal AS section_ordinal, p.text, p.char_start, p.char_end, p.page
                FROM passages p LEFT JOIN sections s ON s.id = p.section_id
                WHERE p.document_id = ? ORDER BY p.ordinal LIMIT ?""", id, MAX_PASSAGES));
        List<FactKey> keys = evidenceKeys(id);
        int from = Math.min(Math.max(0, evidenceOffset), keys.size());
        int to = Math.min(keys.size(), from + Math.max(0, Math.min(evidenceLimit, MAX_EVIDENCE_LIMIT)));
        out.put("evidence_total", keys.size());
        out.put("evidence_offset", from);
        out.put("evidence", evidence(keys.subList(from, to)));
        return out;
    }

    /**
     * {@code path} relative to the deepest folder an ingest job was given that contains it; just the file name when
     * none does.
     */
    private String relativeToIngestFolder(String path) {
        if (path == null) return null;
        String best = null;
        for (String joined : jdbc.queryForList("SELECT DISTINCT parameter_value FROM batch_job_execution_params "
                + "WHERE parameter_name = 'folders'", String.class)) {
            if (joined == null) continue;
            for (String folder : joined.split(java.io.File.pathSeparator)) {
                String prefix = folder.endsWith("/") ? folder : folder + "/";
                if (path.startsWith(prefix) && (best == null || prefix.length() > best.length())) best = prefix;
            }
        }
        if (best != null) return path.substring(best.length());
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }

    /** One fact of the latest run: its view, row id and source offset (what ordering and paging need, no more). */
    private record FactKey(String view, long id, int charStart) {}

    /** Every fact's key in source order (by view, then passage, within one offset: as the views list them). */
    private List<FactKey> evidenceKeys(long id) {
        List<FactKey> keys = new ArrayList<>();
        for (String view : EVIDENCE_VIEWS.keySet())
            jdbc.query("SELECT id, char_start FROM " + view + " WHERE document_id = ? ORDER BY passage_ordinal, passage_start",
                    rs -> { keys.add(new FactKey(view, rs.getLong(1), rs.getInt(2))); }, id);
        keys.sort(java.util.Comparator.comparingInt(FactKey::charStart));
        return keys;
    }

    /** The full rows of {@code page}, in its order. */
    private List<Map<String, Object>> evidence(List<FactKey> page) {
        Map<String, Map<Long, Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String view : EVIDENCE_VIEWS.keySet()) {
            Long[] ids = page.stream().filter(k -> k.view().equals(view)).map(FactKey::id).toArray(Long[]::new);
            Map<Long, Map<String, Object>> byId = new java.util.HashMap<>();
            if (ids.length > 0)
                for (Map<String, Object> row : jdbc.queryForList("SELECT v.*, r.job_execution_id AS run_id FROM " + view
                        + " v JOIN extraction_runs r ON r.id = v.extraction_run_id WHERE v.id = ANY (?)", (Object) ids)) {
                    row.remove("extraction_run_id"); // run_id is the run as 'oncoev runs' and export number it
                    byId.put(((Number) row.get("id")).longValue(), row);
                }
            rows.put(view, byId);
        }
        List<Map<String, Object>> out = new ArrayList<>(page.size());
        for (FactKey k : page) {
            Map<String, Object> row = rows.get(k.view()).get(k.id());
            if (row == null) continue; // replaced by a newer extraction run between the two queries
            Map<String, Object> fact = new LinkedHashMap<>();
            fact.put("type", EVIDENCE_VIEWS.get(k.view()));
            row.remove("document_id");
            fact.putAll(row);
            out.add(fact);
        }
        return out;
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
