package org.oncoev.pipeline.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.oncoev.pipeline.evaluate.LatestRunFindings;
import org.oncoev.pipeline.search.IndexAgreement;
import org.oncoev.pipeline.search.SearchIndex;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What ingest runs leave behind in the database and the index under a home, without ids or times, for comparing
 * an interrupted-and-rerun ingest with a clean one: row counts per table, current contents, issues, the latest
 * runs' findings, whether the index agrees with the database, and the index contents.
 */
public final class IngestState {
    private IngestState() {}

    public static Map<String, Object> of(JdbcTemplate jdbc, Path home) throws Exception {
        Map<String, Object> s = new LinkedHashMap<>();
        for (String[] q : new String[][] {
                {"documents", "SELECT count(*) FROM documents"},
                {"current documents", "SELECT count(*) FROM documents WHERE current"},
                {"distinct contents", "SELECT count(DISTINCT sha256) FROM documents"},
                {"document texts", "SELECT count(*) FROM document_texts"},
                {"sections", "SELECT count(*) FROM sections"},
                {"passages", "SELECT count(*) FROM passages"},
                {"extraction runs", "SELECT count(*) FROM extraction_runs"},
                {"documents with one run", "SELECT count(*) FROM (SELECT document_id FROM extraction_runs GROUP BY document_id HAVING count(*) = 1) r"},
                {"findings", "SELECT coalesce(sum(findings), 0) FROM latest_extraction_runs"},
                {"rejected", "SELECT coalesce(sum(rejected), 0) FROM latest_extraction_runs"},
                {"p_values", "SELECT count(*) FROM p_values"},
                {"cohorts", "SELECT count(*) FROM cohorts"},
                {"survival_outcomes", "SELECT count(*) FROM survival_outcomes"},
                {"hazard_ratios", "SELECT count(*) FROM hazard_ratios"},
                {"doses", "SELECT count(*) FROM doses"},
                {"rejected_findings", "SELECT count(*) FROM rejected_findings"},
                {"ingest issues", "SELECT count(*) FROM ingest_issues"},
                {"unindexed", "SELECT count(*) FROM documents WHERE indexed_at IS NULL"}}) {
            s.put(q[0], jdbc.queryForObject(q[1], Long.class));
        }
        s.put("contents", jdbc.queryForList("SELECT source_path || ' ' || sha256 FROM documents WHERE current ORDER BY 1",
                String.class));
        s.put("issues", jdbc.queryForList("SELECT source_path || ' ' || stage || ' ' || reason FROM ingest_issues ORDER BY 1",
                String.class));
        s.put("latest findings", LatestRunFindings.load(jdbc));
        IndexAgreement agreement = IndexAgreement.check(jdbc, SearchIndex.indexDir(home));
        s.put("index agrees", agreement.agrees());
        s.put("index", IndexContents.read(SearchIndex.indexDir(home)));
        return s;
    }

    /** The keys whose values differ, each with both values cut to a readable length; empty when the states are equal. */
    public static List<String> differences(Map<String, Object> expected, Map<String, Object> actual) {
        List<String> out = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String key : keys) {
            Object e = expected.get(key);
            Object a = actual.get(key);
            if (!Objects.equals(e, a)) out.add(key + ": expected " + cut(e) + " but was " + cut(a));
        }
        return out;
    }

    private static String cut(Object value) {
        String s = String.valueOf(value);
        return s.length() > 300 ? s.substring(0, 300) + "... (" + s.length() + " chars)" : s;
    }
}
