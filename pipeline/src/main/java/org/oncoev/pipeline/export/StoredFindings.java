package org.oncoev.pipeline.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.Relation;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads stored findings with their provenance, either each current document's latest extraction run (the
 * {@code latest_*} views) or a given set of extraction runs (the base tables). Results are ordered by file
 * name, passage ordinal, passage offset and row id, so the same data always reads back in the same order.
 * Read-only; thread-safe.
 */
public final class StoredFindings {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    // run_id: the job execution that wrote the row, the id 'oncoev runs' lists (null for rows written without a job)
    private static final String COMMON = "t.id, t.document_id, d.file_name, d.source_path, r.job_execution_id AS run_id, "
            + "t.passage_id, t.raw_text, t.passage_ordinal, t.passage_start, t.passage_end, t.char_start, t.char_end, "
            + "t.confidence, t.extractor, t.extractor_version, t.arm, t.cited";
    private static final String RUN_JOIN = " JOIN extraction_runs r ON r.id = t.extraction_run_id";

    /** Which rows to read: the latest views, or the base tables restricted to some extraction runs. */
    private record Scope(String tablePrefix, String where, Object[] args) {}

    private interface FactMapper {
        Fact map(ResultSet rs) throws SQLException;
    }

    private final JdbcTemplate jdbc;

    public StoredFindings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Accepted (and with {@code includeRejected} also rejected) findings of the latest runs. */
    public List<StoredFinding> latest(boolean includeRejected) {
        return read(new Scope("latest_", "", new Object[0]), includeRejected);
    }

    /** Accepted findings of the latest runs of the given documents (ids of {@code documents} rows). */
    public List<StoredFinding> latestOf(List<Long> documentIds) {
        if (documentIds.isEmpty()) return List.of();
        return read(new Scope("latest_", " WHERE t.document_id = ANY (?)", new Object[] {documentIds.toArray(new Long[0])}),
                false);
    }

    /** Findings of the given extraction runs (ids of {@code extraction_runs} rows). */
    public List<StoredFinding> ofRuns(List<Long> runIds, boolean includeRejected) {
        if (runIds.isEmpty()) return List.of();
        return read(new Scope("", " WHERE t.extraction_run_id = ANY (?)", new Object[] {runIds.toArray(new Long[0])}),
                includeRejected);
    }

    /** Accepted findings grouped by file name (documents with none are absent), in reading order. */
    public static Map<String, List<Finding>> byFileName(List<StoredFinding> rows) {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (StoredFinding r : rows) {
            if (r.accepted()) out.computeIfAbsent(r.fileName(), k -> new ArrayList<>()).add(r.finding());
        }
        return out;
    }

    private List<StoredFinding> read(Scope scope, boolean includeRejected) {
        List<Row> rows = new ArrayList<>();
        read(scope, rows, "cohorts", "t.size", rs -> new Fact.Cohort(rs.getInt("size")));
        read(scope, rows, "survival_outcomes",
                "t.endpoint, t.measure, t.value, t.value_max, t.unit, t.time_months, t.ci_low, t.ci_high",
                rs -> new Fact.Survival(rs.getString("endpoint"), rs.getString("measure"), rs.getDouble("value"),
                        number(rs, "value_max"), rs.getString("unit"), number(rs, "time_months"),
                        number(rs, "ci_low"), number(rs, "ci_high")));
        read(scope, rows, "p_values", "t.p_value_modifier, t.p_value, t.in_table",
                rs -> new Fact.PValue(relation(rs.getString("p_value_modifier")), rs.getDouble("p_value"),
                        rs.getBoolean("in_table")));
        read(scope, rows, "hazard_ratios",
                "t.hazard_ratio, t.ci_low, t.ci_high, t.p_value_modifier AS p_mod, t.p_value, t.adjusted, t.covariate",
                rs -> new Fact.HazardRatio(rs.getDouble("hazard_ratio"), number(rs, "ci_low"), number(rs, "ci_high"),
                        rs.getString("p_mod") == null ? null : relation(rs.getString("p_mod")), number(rs, "p_value"),
                        rs.getBoolean("adjusted"), rs.getBoolean("covariate")));
        read(scope, rows, "doses", "t.agent, t.amount, t.amount_max, t.unit, t.route, t.schedule, t.regimen",
                rs -> new Fact.Dose(rs.getString("agent"), rs.getDouble("amount"), number(rs, "amount_max"),
                        rs.getString("unit"), rs.getString("route"), rs.getString("schedule"), rs.getString("regimen")));
        if (includeRejected) readRejected(scope, rows);
        rows.sort(Comparator.comparing((Row r) -> r.finding.fileName()).thenComparingLong(r -> r.finding.documentId())
                .thenComparingInt(r -> r.finding.passageOrdinal()).thenComparingInt(r -> r.finding.passageStart())
                .thenComparing(r -> r.finding.type()).thenComparingLong(r -> r.id));
        List<StoredFinding> out = new ArrayList<>(rows.size());
        for (Row r : rows) out.add(r.finding);
        return out;
    }

    private record Row(long id, StoredFinding finding) {}

    private void read(Scope scope, List<Row> rows, String table, String columns, FactMapper facts) {
        String sql = "SELECT " + COMMON + ", " + columns + " FROM " + scope.tablePrefix + table
                + " t JOIN documents d ON d.id = t.document_id" + RUN_JOIN + scope.where;
        jdbc.query(sql, rs -> {
            Fact fact = facts.map(rs);
            Finding f = new Finding(fact, rs.getString("raw_text"), rs.getInt("passage_ordinal"),
                    rs.getInt("passage_start"), rs.getInt("passage_end"), rs.getInt("char_start"), rs.getInt("char_end"),
                    rs.getDouble("confidence"), rs.getString("extractor"), rs.getString("extractor_version"),
                    rs.getString("arm"), rs.getBoolean("cited"), null);
            rows.add(new Row(rs.getLong("id"), stored(rs, fact.type().key(), FactValues.of(fact), null, f)));
        }, scope.args);
    }

    private void readRejected(Scope scope, List<Row> rows) {
        String sql = "SELECT " + COMMON + ", t.evidence_type, t.reason, t.fact::text AS fact FROM " + scope.tablePrefix
                + "rejected_findings t JOIN documents d ON d.id = t.document_id" + RUN_JOIN + scope.where;
        jdbc.query(sql, rs -> {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : factMap(rs.getString("fact")).entrySet()) {
                if (!"type".equals(e.getKey())) values.put(FactValues.snake(e.getKey()), e.getValue());
            }
            rows.add(new Row(rs.getLong("id"), stored(rs, rs.getString("evidence_type"), values, rs.getString("reason"), null)));
        }, scope.args);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> factMap(String json) {
        Object parsed = JSON.readValue(json, Object.class);
        return parsed instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static StoredFinding stored(ResultSet rs, String type, Map<String, Object> values, String reason,
                                        Finding finding) throws SQLException {
        long passageId = rs.getLong("passage_id");
        Long passage = rs.wasNull() ? null : passageId;
        long runId = rs.getLong("run_id");
        Long run = rs.wasNull() ? null : runId;
        return new StoredFinding(rs.getLong("document_id"), rs.getString("file_name"), rs.getString("source_path"),
                run, passage, type, values, rs.getString("raw_text"),
                rs.getInt("passage_ordinal"), rs.getInt("char_start"), rs.getInt("char_end"), rs.getInt("passage_start"),
                rs.getInt("passage_end"), rs.getString("arm"), rs.getBoolean("cited"), rs.getDouble("confidence"),
                rs.getString("extractor"), rs.getString("extractor_version"), reason, finding);
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static Relation relation(String symbol) {
        Relation r = Relation.parse(symbol);
        return r == null ? Relation.EQ : r;
    }
}
