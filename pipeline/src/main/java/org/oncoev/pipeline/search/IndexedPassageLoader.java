package org.oncoev.pipeline.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oncoev.corpus.index.IndexedPassage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads what the index holds for one document from PostgreSQL (the source of truth): its passages with their
 * sections, and the evidence of the document's latest extraction run ({@code latest_*} views), combined as
 * {@link PassageEvidence} says: {@code agent:sorafenib AND endpoint:OS AND cohort:[50 TO *]} finds survival
 * passages of sorafenib papers with at least 50 patients. Year, journal, DOI, PMID and trial ids come from the
 * document's metadata (null or empty when the paper does not state them). {@link FreshPassages} builds the same from a document just stored, without reading it back.
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
                "SELECT file_name, title, year, journal, doi, pmid FROM documents WHERE id = ?", documentId);
        if (docs.isEmpty()) return List.of();
        String fileName = (String) docs.get(0).get("file_name");
        String title = (String) docs.get(0).get("title");
        Integer year = (Integer) docs.get(0).get("year");
        String journal = (String) docs.get(0).get("journal");
        String doi = (String) docs.get(0).get("doi");
        String pmid = (String) docs.get(0).get("pmid");
        List<String> trials = jdbc.queryForList("SELECT registration_id FROM trial_registrations WHERE document_id = ? "
                + "AND source <> 'references' ORDER BY registration_id", String.class, documentId);
        PassageEvidence evidence = new PassageEvidence();
        jdbc.query(EVIDENCE_SQL, rs -> {
            long passageId = rs.getLong("passage_id");
            Long passage = rs.wasNull() ? null : passageId;
            String type = rs.getString("type");
            String agent = rs.getString("agent");
            String regimen = rs.getString("regimen");
            String endpoint = rs.getString("endpoint");
            double number = rs.getDouble("number");
            Double n = rs.wasNull() ? null : number;
            double pValue = rs.getDouble("p_value");
            Double p = rs.wasNull() ? null : pValue;
            evidence.add(passage, type, agent, regimen, endpoint, n, p);
        }, documentId, documentId, documentId, documentId, documentId);
        List<IndexedPassage> out = new ArrayList<>();
        jdbc.query(PASSAGES_SQL, rs -> {
            out.add(evidence.passage(rs.getLong("id"), documentId, fileName, title, year, journal, rs.getString("heading"),
                    rs.getString("section_kind"), rs.getString("kind"), rs.getInt("ordinal"), rs.getInt("char_start"),
                    rs.getInt("char_end"), rs.getString("text")).withIdentifiers(doi, pmid, trials));
        }, documentId);
        return out;
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
            SELECT passage_id, 'hazard_ratio', NULL, NULL, endpoint, hazard_ratio, p_value
              FROM latest_hazard_ratios WHERE document_id = ?
            UNION ALL
            SELECT passage_id, 'dose', agent, regimen, NULL, NULL, NULL
              FROM latest_doses WHERE document_id = ?""";
}
