package org.oncoev.pipeline.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.ExclusionReason;
import org.oncoev.corpus.Exclusions;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.Section;
import org.oncoev.extractors.Finding;
import org.oncoev.pipeline.ingest.IngestItem.Parsed;
import org.oncoev.pipeline.ingest.IngestItem.Problem;
import org.oncoev.schema.CopyRows;
import org.oncoev.schema.EvidenceWriter;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Stores the new documents of one ingest chunk with one statement per table, in the caller's transaction: one
 * {@code UPDATE} superseding the current versions at the chunk's paths, one multi-row {@code documents} insert, the
 * source texts, the bibliographic metadata ({@link MetadataStore}), sections, passages and excluded characters per reason by {@code COPY} (ids from one {@code nextval} round trip), one
 * {@code extraction_runs} insert, then the findings with one arms insert, one agents upsert and one {@code COPY} per
 * evidence table ({@link EvidenceWriter#write(List)}). {@link #storeOne} stores a chunk of one ({@link IngestWriter}
 * falls back to it, a transaction per document, when a chunk fails on a data error).
 *
 * <p>Contract of {@link #store}, the same as {@link #storeOne} applied to the items in order: whatever is current at
 * an item's path with other content is superseded ({@code current = false}, {@code superseded_at}, {@code indexed_at}
 * null), also for an item that stores nothing; the first item of each content (sha256) is stored, and its superseded
 * versions point at it ({@code superseded_by}); a later item with the same content, or content stored before, stores
 * nothing. An item's ingest problems are recorded with its document. Results are in item order. A failing statement
 * throws a Spring {@code DataAccessException} and leaves the transaction for the caller to roll back. Thread-safe
 * (no state beyond the {@link JdbcTemplate}); the arrays and {@code COPY} buffers grow with the chunk.
 */
public class ChunkStore {
    /**
     * What storing one item did: its new document id (null when its content was stored already, by an earlier item
     * or run), the versions it superseded, and its passage ids by passage ordinal.
     */
    public record Stored(Long documentId, List<Long> superseded, Map<Integer, Long> passageIds) {}

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final DocumentStore documents;
    private final MetadataStore metadata;

    public ChunkStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
        this.documents = new DocumentStore(jdbc);
        this.metadata = new MetadataStore(jdbc);
    }

    /** Stores {@code items} (a chunk's parsed files, in chunk order) as the class comment says; one result per item. */
    public List<Stored> store(List<Parsed> items, Long jobExecutionId) {
        Map<String, List<Long>> superseded = supersede(items);
        Map<String, Parsed> firstOfContent = new LinkedHashMap<>();
        for (Parsed p : items) firstOfContent.putIfAbsent(p.sha256(), p);
        Map<String, Long> idBySha = insertDocuments(List.copyOf(firstOfContent.values()), jobExecutionId);
        List<Parsed> stored = new ArrayList<>();
        List<Long> storedIds = new ArrayList<>();
        for (Parsed p : firstOfContent.values()) {
            Long id = idBySha.get(p.sha256());
            if (id == null) continue;
            stored.add(p);
            storedIds.add(id);
        }
        copyTexts(stored, storedIds);
        metadata.store(stored.stream().map(Parsed::metadata).toList(), storedIds);
        linkSuccessors(stored, storedIds, superseded);
        List<Map<Integer, Long>> passageIds = insertSectionsAndPassages(stored, storedIds);
        copyExclusions(stored, storedIds);
        insertRunsAndFindings(stored, storedIds, passageIds, jobExecutionId);
        for (int i = 0; i < stored.size(); i++) {
            for (Problem problem : stored.get(i).problems()) documents.recordIssue(problem, jobExecutionId, storedIds.get(i));
        }
        // by identity: a record's equals would compare whole documents
        Map<Parsed, Stored> results = new IdentityHashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            results.put(stored.get(i), new Stored(storedIds.get(i), superseded.getOrDefault(stored.get(i).file().sourcePath(),
                    List.of()), passageIds.get(i)));
        }
        List<Stored> out = new ArrayList<>(items.size());
        for (Parsed p : items) out.add(results.getOrDefault(p, new Stored(null, List.of(), Map.of())));
        return out;
    }

    /** Stores one parsed document: a chunk of one. */
    public Stored storeOne(Parsed p, Long jobExecutionId) {
        return store(List.of(p), jobExecutionId).get(0);
    }

    /** One UPDATE for all paths; returns the superseded ids by path. */
    private Map<String, List<Long>> supersede(List<Parsed> items) {
        Map<String, List<Long>> byPath = new HashMap<>();
        if (items.isEmpty()) return byPath;
        jdbc.query("UPDATE documents d SET current = FALSE, superseded_at = now(), indexed_at = NULL "
                        + "FROM unnest(?::text[], ?::text[]) AS x(path, sha) "
                        + "WHERE d.source_path = x.path AND d.current AND d.sha256 <> x.sha RETURNING d.id, x.path",
                rs -> { byPath.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getLong(1)); },
                items.stream().map(p -> p.file().sourcePath()).toArray(String[]::new),
                items.stream().map(Parsed::sha256).toArray(String[]::new));
        return byPath;
    }

    /** One multi-row insert, in item order; returns the new ids by sha256 (content stored before is left out). */
    private Map<String, Long> insertDocuments(List<Parsed> items, Long jobExecutionId) {
        Map<String, Long> ids = new HashMap<>();
        int n = items.size();
        if (n == 0) return ids;
        String[] paths = new String[n], names = new String[n], shas = new String[n], formats = new String[n],
                titles = new String[n];
        Integer[] chars = new Integer[n], pages = new Integer[n];
        Long[] bytes = new Long[n], sizes = new Long[n], mtimes = new Long[n];
        for (int i = 0; i < n; i++) {
            Parsed p = items.get(i);
            Document d = p.document();
            paths[i] = p.file().sourcePath();
            names[i] = p.file().fileName();
            shas[i] = p.sha256();
            formats[i] = d.format();
            titles[i] = d.title();
            chars[i] = d.sourceText().length();
            pages[i] = d.pages();
            bytes[i] = p.bytes();
            sizes[i] = p.file().size();
            mtimes[i] = p.file().mtimeMillis();
        }
        jdbc.query("INSERT INTO documents (source_path, file_name, sha256, format, title, char_count, byte_count, pages, "
                        + "job_execution_id, file_size, file_mtime) "
                        + "SELECT x.path, x.name, x.sha, x.format, x.title, x.chars, x.bytes, x.pages, ?::bigint, x.size, x.mtime "
                        + "FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::bigint[], ?::int[], "
                        + "?::bigint[], ?::bigint[]) WITH ORDINALITY AS x(path, name, sha, format, title, chars, bytes, pages, "
                        + "size, mtime, n) ORDER BY x.n ON CONFLICT (sha256) DO NOTHING RETURNING id, sha256",
                rs -> { ids.put(rs.getString(2), rs.getLong(1)); },
                jobExecutionId, paths, names, shas, formats, titles, chars, bytes, pages, sizes, mtimes);
        return ids;
    }

    /** The source texts (PostgreSQL text holds no NUL: such a text is not stored, as in the per-document path). */
    private void copyTexts(List<Parsed> stored, List<Long> ids) {
        CopyRows texts = new CopyRows("document_texts", List.of("document_id", "source_text"));
        for (int i = 0; i < stored.size(); i++) {
            String text = stored.get(i).document().sourceText();
            if (text.indexOf('\0') < 0) texts.row(ids.get(i), text);
        }
        copy(texts);
    }

    private void linkSuccessors(List<Parsed> stored, List<Long> ids, Map<String, List<Long>> superseded) {
        List<Long> old = new ArrayList<>();
        List<Long> successors = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            for (Long o : superseded.getOrDefault(stored.get(i).file().sourcePath(), List.of())) {
                old.add(o);
                successors.add(ids.get(i));
            }
        }
        if (old.isEmpty()) return;
        jdbc.update("UPDATE documents d SET superseded_by = x.successor FROM unnest(?::bigint[], ?::bigint[]) "
                + "AS x(old, successor) WHERE d.id = x.old", old.toArray(new Long[0]), successors.toArray(new Long[0]));
    }

    /** Sections and passages of all stored documents, two COPYs; returns each document's passage ids by ordinal. */
    private List<Map<Integer, Long>> insertSectionsAndPassages(List<Parsed> stored, List<Long> ids) {
        int sectionCount = 0;
        int passageCount = 0;
        for (Parsed p : stored) {
            sectionCount += p.document().sections().size();
            passageCount += p.document().passages().size();
        }
        List<List<Long>> next = nextIds(sectionCount, passageCount);
        CopyRows sections = new CopyRows("sections", List.of("id", "document_id", "ordinal", "heading", "kind",
                "char_start", "char_end", "level"));
        CopyRows passages = new CopyRows("passages", List.of("id", "document_id", "section_id", "ordinal", "kind", "text",
                "char_start", "char_end", "page"));
        List<Map<Integer, Long>> passageIds = new ArrayList<>(stored.size());
        int s = 0;
        int q = 0;
        for (int i = 0; i < stored.size(); i++) {
            Document d = stored.get(i).document();
            long documentId = ids.get(i);
            Map<Integer, Long> sectionIdByOrdinal = new HashMap<>();
            for (Section section : d.sections()) {
                long id = next.get(0).get(s++);
                sectionIdByOrdinal.put(section.ordinal(), id);
                sections.row(id, documentId, section.ordinal(), section.heading(), section.kind().dbName(),
                        section.charStart(), section.charEnd(), section.level() > 0 ? section.level() : null);
            }
            Map<Integer, Long> byOrdinal = new HashMap<>();
            for (Passage p : d.passages()) {
                long id = next.get(1).get(q++);
                byOrdinal.put(p.ordinal(), id);
                passages.row(id, documentId, sectionIdByOrdinal.get(p.sectionOrdinal()), p.ordinal(), p.kind().dbName(),
                        p.text(), p.charStart(), p.charEnd(), p.page());
            }
            passageIds.add(byOrdinal);
        }
        copy(sections);
        copy(passages);
        return passageIds;
    }

    /** Each stored document's excluded characters and ranges per reason ({@code document_exclusions}), one COPY. */
    private void copyExclusions(List<Parsed> stored, List<Long> ids) {
        CopyRows rows = new CopyRows("document_exclusions", List.of("document_id", "reason", "chars", "ranges"));
        for (int i = 0; i < stored.size(); i++) {
            Map<ExclusionReason, int[]> byReason = new EnumMap<>(ExclusionReason.class);
            for (Exclusions.Range r : stored.get(i).document().exclusions().ranges()) {
                int[] c = byReason.computeIfAbsent(r.reason(), k -> new int[2]);
                c[0] += r.length();
                c[1]++;
            }
            for (Map.Entry<ExclusionReason, int[]> e : byReason.entrySet())
                rows.row(ids.get(i), e.getKey().dbName(), e.getValue()[0], e.getValue()[1]);
        }
        copy(rows);
    }

    /** One extraction run per stored document (one insert), then all their findings ({@link EvidenceWriter}). */
    private void insertRunsAndFindings(List<Parsed> stored, List<Long> ids, List<Map<Integer, Long>> passageIds,
                                       Long jobExecutionId) {
        int n = stored.size();
        if (n == 0) return;
        String[] signatures = new String[n];
        Integer[] accepted = new Integer[n], rejected = new Integer[n];
        for (int i = 0; i < n; i++) {
            List<Finding> findings = stored.get(i).findings();
            int r = (int) findings.stream().filter(f -> !f.accepted()).count();
            signatures[i] = stored.get(i).extractorSignature();
            accepted[i] = findings.size() - r;
            rejected[i] = r;
        }
        Map<Long, Long> runByDocument = new HashMap<>();
        // finished_at = now(): the transaction's time, as the runs commit with their findings or not at all
        jdbc.query("INSERT INTO extraction_runs (document_id, job_execution_id, extractor_signature, findings, rejected, "
                        + "finished_at) SELECT x.d, ?::bigint, x.s, x.f, x.r, now() FROM unnest(?::bigint[], ?::text[], "
                        + "?::int[], ?::int[]) WITH ORDINALITY AS x(d, s, f, r, n) ORDER BY x.n RETURNING id, document_id",
                rs -> { runByDocument.put(rs.getLong(2), rs.getLong(1)); },
                jobExecutionId, ids.toArray(new Long[0]), signatures, accepted, rejected);
        List<EvidenceWriter.Run> runs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            runs.add(new EvidenceWriter.Run(ids.get(i), runByDocument.get(ids.get(i)), passageIds.get(i),
                    stored.get(i).findings()));
        }
        withConnection("store findings", c -> new EvidenceWriter(c).write(runs));
    }

    /** {@code sections} new section ids and {@code passages} new passage ids, in one round trip. */
    private List<List<Long>> nextIds(int sections, int passages) {
        List<Long> s = new ArrayList<>(sections);
        List<Long> p = new ArrayList<>(passages);
        if (sections + passages == 0) return List.of(s, p);
        jdbc.query("SELECT 's', nextval(pg_get_serial_sequence('sections', 'id')) FROM generate_series(1, ?) "
                + "UNION ALL SELECT 'p', nextval(pg_get_serial_sequence('passages', 'id')) FROM generate_series(1, ?)",
                rs -> { (rs.getString(1).equals("s") ? s : p).add(rs.getLong(2)); }, sections, passages);
        return List.of(s, p);
    }

    private void copy(CopyRows rows) {
        withConnection("COPY", rows::send);
    }

    private interface ConnectionWork {
        Object run(Connection c) throws SQLException;
    }

    /** Runs {@code work} on the transaction's connection; SQL errors are translated as JdbcTemplate translates them. */
    private void withConnection(String task, ConnectionWork work) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            work.run(c);
        } catch (SQLException e) {
            DataAccessException translated = jdbc.getExceptionTranslator().translate(task, null, e);
            throw translated != null ? translated : new UncategorizedSQLException(task, null, e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}
