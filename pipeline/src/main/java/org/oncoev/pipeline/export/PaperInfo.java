package org.oncoev.pipeline.export;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bibliographic identity of a stored document as exports and the evidence view show it: title, DOI, PubMed
 * id and publication year, each null when unknown.
 */
public record PaperInfo(String title, String doi, String pmid, Integer year) {
    /** No metadata at all. */
    public static final PaperInfo NONE = new PaperInfo(null, null, null, null);

    /** Every stored document's metadata by document id (one query; superseded versions included). */
    public static Map<Long, PaperInfo> load(JdbcTemplate jdbc) {
        Map<Long, PaperInfo> out = new HashMap<>();
        jdbc.query("SELECT id, title, doi, pmid, year FROM documents", rs -> {
            int year = rs.getInt("year");
            out.put(rs.getLong("id"), new PaperInfo(rs.getString("title"), rs.getString("doi"), rs.getString("pmid"),
                    rs.wasNull() ? null : year));
        });
        return out;
    }
}
