package org.oncoev.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;

/**
 * Stores extraction runs' findings in the evidence tables (V2 migration) with one {@code COPY} per table
 * ({@link CopyRows}) on the caller's connection and transaction: one run of one document ({@link #write(long, long,
 * Map, List)}, the {@code extract} job) or the runs of many documents at once ({@link #write(List)}, an ingest
 * chunk), with the same rows either way. Accepted findings go to their type's table, rejected ones to
 * {@code rejected_findings}; arm labels to {@code arms} (one insert for all runs); dose agents to {@code agents}
 * (one upsert for all runs). Not thread-safe: one instance per connection.
 */
public final class EvidenceWriter {
    private static final List<String> COMMON = List.of("document_id", "extraction_run_id", "passage_id",
            "passage_ordinal", "char_start", "char_end", "passage_start", "passage_end", "raw_text", "confidence",
            "extractor", "extractor_version", "arm", "arm_id", "cited");

    private final Connection connection;

    public EvidenceWriter(Connection connection) {
        this.connection = connection;
    }

    /**
     * One run's findings of one document: {@code passageIds} maps passage ordinals to passage ids (a missing ordinal
     * stores a null passage id).
     */
    public record Run(long documentId, long runId, Map<Integer, Long> passageIds, List<Finding> findings) {}

    /**
     * Writes {@code findings} of run {@code runId}; {@code passageIds} maps passage ordinals to passage ids
     * (a missing ordinal stores a null passage id). Returns the number of rows written.
     */
    public int write(long documentId, long runId, Map<Integer, Long> passageIds, List<Finding> findings)
            throws SQLException {
        return write(List.of(new Run(documentId, runId, passageIds, findings)));
    }

    /**
     * Writes the findings of every run in {@code runs} (each run id once) with one arms insert, one agents upsert
     * and one {@code COPY} per evidence table; returns the number of fact rows written.
     */
    public int write(List<Run> runs) throws SQLException {
        Map<Long, Map<String, Long>> armIds = insertArms(runs);
        Map<String, Long> agentIds = upsertAgents(runs);
        Map<String, CopyRows> tables = new LinkedHashMap<>();
        int written = 0;
        for (Run run : runs) {
            Map<String, Long> arms = armIds.getOrDefault(run.runId(), Map.of());
            for (Finding f : run.findings()) {
                String table = f.accepted() ? EvidenceTables.tableOf(f.fact()) : EvidenceTables.REJECTED;
                List<Object> values = common(run.documentId(), run.runId(), run.passageIds().get(f.passageOrdinal()), f,
                        f.arm() == null ? null : arms.get(f.arm()));
                if (f.accepted()) factValues(values, f, agentIds);
                else rejectedValues(values, f);
                tables.computeIfAbsent(table, EvidenceWriter::rowsOf).row(values.toArray());
                written++;
            }
        }
        for (CopyRows rows : tables.values()) rows.send(connection);
        return written;
    }

    private static CopyRows rowsOf(String table) {
        List<String> columns = new ArrayList<>(COMMON);
        columns.addAll(EvidenceTables.columns(table));
        return new CopyRows(table, columns);
    }

    private static List<Object> common(long documentId, long runId, Long passageId, Finding f, Long armId) {
        List<Object> v = new ArrayList<>(COMMON.size() + 8);
        v.add(documentId);
        v.add(runId);
        v.add(passageId);
        v.add(f.passageOrdinal());
        v.add(f.sourceStart());
        v.add(f.sourceEnd());
        v.add(f.passageStart());
        v.add(f.passageEnd());
        v.add(f.raw());
        v.add(f.confidence());
        v.add(f.extractor() == null ? "" : f.extractor());
        v.add(f.extractorVersion() == null ? "" : f.extractorVersion());
        v.add(f.arm());
        v.add(armId);
        v.add(f.cited());
        return v;
    }

    /** The type-specific values, in {@link EvidenceTables#columns} order. */
    private static void factValues(List<Object> v, Finding f, Map<String, Long> agentIds) {
        Fact fact = f.fact();
        if (fact instanceof Fact.Cohort c) {
            v.add(c.size());
        } else if (fact instanceof Fact.Survival s) {
            v.addAll(Arrays.asList(s.endpoint(), s.measure(), s.value(), s.valueMax(), s.unit(), s.timeMonths(),
                    s.ciLow(), s.ciHigh()));
        } else if (fact instanceof Fact.PValue p) {
            v.addAll(Arrays.asList(p.relation().symbol(), p.value(), f.raw(), p.inTable()));
        } else if (fact instanceof Fact.HazardRatio h) {
            v.addAll(Arrays.asList(h.value(), h.ciLow(), h.ciHigh(), h.pRelation() == null ? null : h.pRelation().symbol(),
                    h.pValue(), h.adjusted(), h.covariate()));
        } else if (fact instanceof Fact.Dose d) {
            v.addAll(Arrays.asList(d.agent(), agentIds.get(d.agent()), d.amount(), d.amountMax(), d.unit(), d.route(),
                    d.schedule(), d.regimen()));
        }
    }

    private static void rejectedValues(List<Object> v, Finding f) {
        v.add(f.type().key());
        v.add(f.rejectedReason());
        v.add(FactJson.of(f.fact()));
    }

    /** Inserts each run's distinct arm labels (sorted) in one statement; returns arm ids by run id and label. */
    private Map<Long, Map<String, Long>> insertArms(List<Run> runs) throws SQLException {
        List<Long> documents = new ArrayList<>();
        List<Long> runIds = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Run run : runs) {
            TreeSet<String> distinct = new TreeSet<>();
            for (Finding f : run.findings()) if (f.arm() != null && !f.arm().isBlank()) distinct.add(f.arm());
            for (String label : distinct) {
                documents.add(run.documentId());
                runIds.add(run.runId());
                labels.add(label);
            }
        }
        Map<Long, Map<String, Long>> ids = new HashMap<>();
        if (labels.isEmpty()) return ids;
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO arms (document_id, extraction_run_id, label) "
                + "SELECT d, r, l FROM unnest(?::bigint[], ?::bigint[], ?::text[]) WITH ORDINALITY AS x(d, r, l, n) "
                + "ORDER BY n ON CONFLICT (extraction_run_id, label) DO NOTHING RETURNING id, extraction_run_id, label")) {
            ps.setArray(1, connection.createArrayOf("bigint", documents.toArray()));
            ps.setArray(2, connection.createArrayOf("bigint", runIds.toArray()));
            ps.setArray(3, connection.createArrayOf("text", labels.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.computeIfAbsent(rs.getLong(2), r -> new HashMap<>()).put(rs.getString(3), rs.getLong(1));
            }
        }
        return ids;
    }

    private Map<String, Long> upsertAgents(List<Run> runs) throws SQLException {
        TreeSet<String> names = new TreeSet<>();
        for (Run run : runs) {
            for (Finding f : run.findings()) {
                if (f.accepted() && f.fact() instanceof Fact.Dose d && d.agent() != null) names.add(d.agent());
            }
        }
        Map<String, Long> ids = new HashMap<>();
        if (names.isEmpty()) return ids;
        Object[] array = new ArrayList<>(names).toArray();
        // one round trip: the rows inserted now, plus the ones that were there (the CTE's rows are not in its snapshot)
        selectIds("WITH ins AS (INSERT INTO agents (name) SELECT unnest(?::text[]) ORDER BY 1 ON CONFLICT (name) DO NOTHING "
                + "RETURNING id, name) SELECT id, name FROM ins UNION ALL SELECT id, name FROM agents WHERE name = ANY (?::text[])",
                array, ids);
        // a name another transaction committed meanwhile is in neither part: read it with a fresh snapshot
        if (ids.size() < names.size()) selectIds("SELECT id, name FROM agents WHERE name = ANY (?::text[])", array, ids);
        return ids;
    }

    /** Runs {@code sql}, whose parameters are all the array {@code names}, and collects its (id, name) rows. */
    private void selectIds(String sql, Object[] names, Map<String, Long> ids) throws SQLException {
        int parameters = (int) sql.chars().filter(c -> c == '?').count();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 1; i <= parameters; i++) {
                ps.setArray(i, connection.createArrayOf("text", names));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.put(rs.getString(2), rs.getLong(1));
            }
        }
    }
}
