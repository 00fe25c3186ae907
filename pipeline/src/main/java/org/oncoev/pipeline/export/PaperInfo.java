package org.oncoev.pipeline.export;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bibliographic identity of a stored document as exports and the evidence view show it: title, DOI, PubMed
 * id, publication year and journal, each null when unknown.
 */
public record PaperInfo(String title, String doi, String pmid, Integer year, String journal) {
    /** No metadata at all. */
    public static final PaperInfo NONE = new PaperInfo(null, null, null, null, null);

    /** Every stored document's metadata by document id (one query; superseded versions included). */
    public static Map<Long, PaperInfo> load(JdbcTemplate jdbc) {
        return query(jdbc, "SELECT id, title, doi, pmid, year, journal FROM documents");
    }

    /** The metadata of the given documents by document id (unknown ids are absent). */
    public static Map<Long, PaperInfo> load(JdbcTemplate jdbc, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        return query(jdbc, "SELECT id, title, doi, pmid, year, journal FROM documents WHERE id = ANY (?)",
                (Object) ids.toArray(new Long[0]));
    }

    private static Map<Long, PaperInfo> query(JdbcTemplate jdbc, String sql, Object... args) {
        Map<Long, PaperInfo> out = new HashMap<>();
        jdbc.query(sql, rs -> {
            int read = rs.getInt("year");
            Integer year = rs.wasNull() ? null : read;  // wasNull speaks of the column read last
            out.put(rs.getLong("id"), new PaperInfo(rs.getString("title"), rs.getString("doi"), rs.getString("pmid"), year,
                    rs.getString("journal")));
        }, args);
        return out;
    }
}
