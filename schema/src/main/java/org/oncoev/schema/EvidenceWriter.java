package org.oncoev.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;

/**
 * Stores one extraction run's findings of one document in the evidence tables (V2 migration), with JDBC
 * batch inserts on the caller's connection and transaction. Accepted findings go to their type's table,
 * rejected ones to {@code rejected_findings}; arm labels to {@code arms}; dose agents to {@code agents}.
 * Not thread-safe: one instance per connection.
 */
public final class EvidenceWriter {
    private static final String COMMON = "document_id, extraction_run_id, passage_id, passage_ordinal, char_start, "
            + "char_end, passage_start, passage_end, raw_text, confidence, extractor, extractor_version, arm, arm_id, cited";
    private static final int COMMON_COUNT = 15;

    private final Connection connection;

    public EvidenceWriter(Connection connection) {
        this.connection = connection;
    }

    /**
     * Writes {@code findings} of run {@code runId}; {@code passageIds} maps passage ordinals to passage ids
     * (a missing ordinal stores a null passage id). Returns the number of rows written.
     */
    public int write(long documentId, long runId, Map<Integer, Long> passageIds, List<Finding> findings)
            throws SQLException {
        Map<String, Long> armIds = insertArms(documentId, runId, findings);
        Map<String, Long> agentIds = upsertAgents(findings);
        Map<String, PreparedStatement> statements = new HashMap<>();
        try {
            for (Finding f : findings) {
                String table = f.accepted() ? EvidenceTables.tableOf(f.fact()) : EvidenceTables.REJECTED;
                PreparedStatement ps = statements.get(table);
                if (ps == null) {
                    ps = connection.prepareStatement(insertSql(table));
                    statements.put(table, ps);
                }
                int i = bindCommon(ps, documentId, runId, passageIds.get(f.passageOrdinal()), f,
                        f.arm() == null ? null : armIds.get(f.arm()));
                if (f.accepted()) bindFact(ps, i, f, agentIds);
                else bindRejected(ps, i, f);
                ps.addBatch();
            }
            for (PreparedStatement ps : statements.values()) ps.executeBatch();
        } finally {
            for (PreparedStatement ps : statements.values()) ps.close();
        }
        return findings.size();
    }

    private static String insertSql(String table) {
        List<String> cols = EvidenceTables.columns(table);
        String names = COMMON + (cols.isEmpty() ? "" : ", " + String.join(", ", cols));
        int n = COMMON_COUNT + cols.size();
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < n; i++) q.append(i == 0 ? "?" : ", ?");
        if (EvidenceTables.REJECTED.equals(table)) q.replace(q.length() - 1, q.length(), "?::jsonb");
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + q + ")";
    }

    private static int bindCommon(PreparedStatement ps, long documentId, long runId, Long passageId, Finding f,
                                  Long armId) throws SQLException {
        ps.setLong(1, documentId);
        ps.setLong(2, runId);
        setLong(ps, 3, passageId);
        ps.setInt(4, f.passageOrdinal());
        ps.setInt(5, f.sourceStart());
        ps.setInt(6, f.sourceEnd());
        ps.setInt(7, f.passageStart());
        ps.setInt(8, f.passageEnd());
        ps.setString(9, f.raw());
        ps.setDouble(10, f.confidence());
        ps.setString(11, f.extractor() == null ? "" : f.extractor());
        ps.setString(12, f.extractorVersion() == null ? "" : f.extractorVersion());
        ps.setString(13, f.arm());
        setLong(ps, 14, armId);
        ps.setBoolean(15, f.cited());
        return COMMON_COUNT + 1;
    }

    private static void bindFact(PreparedStatement ps, int i, Finding f, Map<String, Long> agentIds)
            throws SQLException {
        Fact fact = f.fact();
        if (fact instanceof Fact.Cohort c) {
            ps.setInt(i, c.size());
        } else if (fact instanceof Fact.Survival s) {
            ps.setString(i, s.endpoint());
            ps.setString(i + 1, s.measure());
            ps.setDouble(i + 2, s.value());
            setDouble(ps, i + 3, s.valueMax());
            ps.setString(i + 4, s.unit());
            setDouble(ps, i + 5, s.timeMonths());
            setDouble(ps, i + 6, s.ciLow());
            setDouble(ps, i + 7, s.ciHigh());
        } else if (fact instanceof Fact.PValue p) {
            ps.setString(i, p.relation().symbol());
            ps.setDouble(i + 1, p.value());
            ps.setString(i + 2, f.raw());
            ps.setBoolean(i + 3, p.inTable());
        } else if (fact instanceof Fact.HazardRatio h) {
            ps.setDouble(i, h.value());
            setDouble(ps, i + 1, h.ciLow());
            setDouble(ps, i + 2, h.ciHigh());
            ps.setString(i + 3, h.pRelation() == null ? null : h.pRelation().symbol());
            setDouble(ps, i + 4, h.pValue());
            ps.setBoolean(i + 5, h.adjusted());
        } else if (fact instanceof Fact.Dose d) {
            ps.setString(i, d.agent());
            setLong(ps, i + 1, agentIds.get(d.agent()));
            ps.setDouble(i + 2, d.amount());
            setDouble(ps, i + 3, d.amountMax());
            ps.setString(i + 4, d.unit());
            ps.setString(i + 5, d.route());
            ps.setString(i + 6, d.schedule());
            ps.setString(i + 7, d.regimen());
        }
    }

    private static void bindRejected(PreparedStatement ps, int i, Finding f) throws SQLException {
        ps.setString(i, f.type().key());
        ps.setString(i + 1, f.rejectedReason());
        ps.setString(i + 2, FactJson.of(f.fact()));
    }

    private Map<String, Long> insertArms(long documentId, long runId, List<Finding> findings) throws SQLException {
        TreeSet<String> labels = new TreeSet<>();
        for (Finding f : findings) if (f.arm() != null && !f.arm().isBlank()) labels.add(f.arm());
        Map<String, Long> ids = new HashMap<>();
        if (labels.isEmpty()) return ids;
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO arms (document_id, extraction_run_id, label) "
                + "SELECT ?, ?, unnest(?::text[]) ON CONFLICT (extraction_run_id, label) DO NOTHING RETURNING id, label")) {
            ps.setLong(1, documentId);
            ps.setLong(2, runId);
            ps.setArray(3, connection.createArrayOf("text", labels.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.put(rs.getString(2), rs.getLong(1));
            }
        }
        return ids;
    }

    private Map<String, Long> upsertAgents(List<Finding> findings) throws SQLException {
        TreeSet<String> names = new TreeSet<>();
        for (Finding f : findings) {
            if (f.accepted() && f.fact() instanceof Fact.Dose d && d.agent() != null) names.add(d.agent());
        }
        Map<String, Long> ids = new HashMap<>();
        if (names.isEmpty()) return ids;
        Object[] array = new ArrayList<>(names).toArray();
        try (PreparedStatement ins = connection.prepareStatement(
                "INSERT INTO agents (name) SELECT unnest(?::text[]) ORDER BY 1 ON CONFLICT (name) DO NOTHING")) {
            ins.setArray(1, connection.createArrayOf("text", array));
            ins.executeUpdate();
        }
        try (PreparedStatement sel = connection.prepareStatement("SELECT id, name FROM agents WHERE name = ANY (?::text[])")) {
            sel.setArray(1, connection.createArrayOf("text", array));
            try (ResultSet rs = sel.executeQuery()) {
                while (rs.next()) ids.put(rs.getString(2), rs.getLong(1));
            }
        }
        return ids;
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) ps.setNull(i, Types.BIGINT);
        else ps.setLong(i, v);
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) ps.setNull(i, Types.DOUBLE);
        else ps.setDouble(i, v);
    }
}
