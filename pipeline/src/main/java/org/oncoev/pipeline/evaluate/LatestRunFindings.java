package org.oncoev.pipeline.evaluate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.Relation;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the accepted findings of each current document's latest extraction run (the {@code latest_*} views)
 * back into {@link Finding}s, keyed by the document's file name, in passage order. Read-only.
 */
public final class LatestRunFindings {
    private static final String COMMON = "d.file_name, t.raw_text, t.passage_ordinal, t.passage_start, t.passage_end, "
            + "t.char_start, t.char_end, t.confidence, t.extractor, t.extractor_version, t.arm, t.cited";

    private LatestRunFindings() {}

    private interface FactMapper {
        Fact map(ResultSet rs) throws SQLException;
    }

    public static Map<String, List<Finding>> load(JdbcTemplate jdbc) {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (String name : jdbc.queryForList("SELECT d.file_name FROM documents d WHERE d.current ORDER BY d.file_name",
                String.class)) {
            out.putIfAbsent(name, new ArrayList<>());
        }
        read(jdbc, out, "latest_cohorts", "t.size", rs -> new Fact.Cohort(rs.getInt("size")));
        read(jdbc, out, "latest_survival_outcomes",
                "t.endpoint, t.measure, t.value, t.value_max, t.unit, t.time_months, t.ci_low, t.ci_high",
                rs -> new Fact.Survival(rs.getString("endpoint"), rs.getString("measure"), rs.getDouble("value"),
                        number(rs, "value_max"), rs.getString("unit"), number(rs, "time_months"),
                        number(rs, "ci_low"), number(rs, "ci_high")));
        read(jdbc, out, "latest_p_values", "t.p_value_modifier, t.p_value, t.in_table",
                rs -> new Fact.PValue(relation(rs.getString("p_value_modifier")), rs.getDouble("p_value"),
                        rs.getBoolean("in_table")));
        read(jdbc, out, "latest_hazard_ratios",
                "t.hazard_ratio, t.ci_low, t.ci_high, t.p_value_modifier AS p_mod, t.p_value, t.adjusted",
                rs -> new Fact.HazardRatio(rs.getDouble("hazard_ratio"), number(rs, "ci_low"), number(rs, "ci_high"),
                        rs.getString("p_mod") == null ? null : relation(rs.getString("p_mod")), number(rs, "p_value"),
                        rs.getBoolean("adjusted")));
        read(jdbc, out, "latest_doses", "t.agent, t.amount, t.amount_max, t.unit, t.route, t.schedule, t.regimen",
                rs -> new Fact.Dose(rs.getString("agent"), rs.getDouble("amount"), number(rs, "amount_max"),
                        rs.getString("unit"), rs.getString("route"), rs.getString("schedule"), rs.getString("regimen")));
        return out;
    }

    private static void read(JdbcTemplate jdbc, Map<String, List<Finding>> out, String view, String columns,
                             FactMapper facts) {
        String sql = "SELECT " + COMMON + ", " + columns + " FROM " + view + " t JOIN documents d ON d.id = t.document_id"
                + " ORDER BY d.file_name, t.passage_ordinal, t.passage_start, t.id";
        jdbc.query(sql, rs -> {
            Finding f = new Finding(facts.map(rs), rs.getString("raw_text"), rs.getInt("passage_ordinal"),
                    rs.getInt("passage_start"), rs.getInt("passage_end"), rs.getInt("char_start"), rs.getInt("char_end"),
                    rs.getDouble("confidence"), rs.getString("extractor"), rs.getString("extractor_version"),
                    rs.getString("arm"), rs.getBoolean("cited"), null);
            out.computeIfAbsent(rs.getString("file_name"), k -> new ArrayList<>()).add(f);
        });
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
