package org.oncoev.pipeline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.oncoev.corpus.index.IndexFields;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether the Lucene index holds what PostgreSQL (the source of truth) says it should: the same current
 * documents, each with the same number of passages. Document versions are immutable under their id, so that is
 * the whole content. The database's bookkeeping ({@code indexed_at} null, an index older than the last
 * {@code indexed_at}) is reported beside the verdict but does not decide it: a crash between the index commit
 * and the database's marking leaves versions pending whose passages the index already holds.
 *
 * <p>Contract: {@link #check} reads the last <em>committed</em> index without taking its write lock (safe while
 * {@code serve} or {@code ingest} runs) and never writes. {@code missingFromIndex} and {@code onlyInIndex} list
 * at most {@value #MAX_IDS} ids each. {@link #describe()} renders one line for {@code oncoev status};
 * {@code oncoev reindex} repairs any disagreement.
 *
 * @param databaseDocuments current documents in the database
 * @param databasePassages passages of the current documents
 * @param indexedDocuments distinct document ids with live passages in the index
 * @param indexedPassages live passages in the index
 * @param missingCount how many current documents have no passages in the index
 * @param missingFromIndex the first of those ids
 * @param onlyInIndexCount how many document ids in the index are not current in the database
 * @param onlyInIndex the first of those ids
 * @param passageMismatchCount how many current documents are in the index with another number of passages
 * @param passageMismatch the first of those ids
 * @param pendingDocuments document versions whose index state is not in sync ({@code indexed_at IS NULL})
 * @param lastRunId id of the last ingest job execution, null if none
 * @param lastRunStatus its status (COMPLETED, FAILED, STARTED, ...), null if none
 * @param lastRunEnd when it ended, null if none or still running
 * @param lastIndexed latest {@code indexed_at} in the database, null if none
 * @param indexCommitted when the index was last committed (its commit file's time), null without an index
 */
public record IndexAgreement(long databaseDocuments, long databasePassages, long indexedDocuments,
                             long indexedPassages, long missingCount, List<Long> missingFromIndex,
                             long onlyInIndexCount, List<Long> onlyInIndex,
                             long passageMismatchCount, List<Long> passageMismatch,
                             long pendingDocuments, Long lastRunId, String lastRunStatus, Instant lastRunEnd,
                             Instant lastIndexed, Instant indexCommitted) {
    /** Most ids listed per direction. */
    public static final int MAX_IDS = 10;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    public IndexAgreement {
        missingFromIndex = List.copyOf(missingFromIndex);
        onlyInIndex = List.copyOf(onlyInIndex);
        passageMismatch = List.copyOf(passageMismatch);
    }

    /** Slack between the database's and the file system's clocks when comparing {@link #staleIndex()} times. */
    public static final java.time.Duration CLOCK_SLACK = java.time.Duration.ofMinutes(1);

    /**
     * True exactly when the index holds the current documents and no other, each with its number of passages;
     * pending versions and index times do not count (see {@link #bookkeepingBehind()}).
     */
    public boolean agrees() {
        return databaseDocuments == indexedDocuments && databasePassages == indexedPassages && missingCount == 0
                && onlyInIndexCount == 0 && passageMismatchCount == 0;
    }

    /** True when the database's indexing marks lag behind the index (versions pending or an index time older). */
    public boolean bookkeepingBehind() {
        return pendingDocuments > 0 || staleIndex();
    }

    /**
     * True when the database recorded indexing more than {@link #CLOCK_SLACK} after the index's last commit (e.g. an
     * older index was restored); false without an index (then the documents are reported missing instead).
     */
    public boolean staleIndex() {
        return lastIndexed != null && indexCommitted != null && lastIndexed.isAfter(indexCommitted.plus(CLOCK_SLACK));
    }

    /** Compares the database with the index of {@code index}. */
    public static IndexAgreement check(JdbcTemplate jdbc, SearchIndex index) {
        return check(jdbc, index.dir());
    }

    /** Compares the database with the committed index in {@code indexDir} (missing folder: empty index). */
    public static IndexAgreement check(JdbcTemplate jdbc, Path indexDir) {
        Set<Long> current = new HashSet<>(jdbc.queryForList("SELECT id FROM documents WHERE current", Long.class));
        Map<Long, Long> dbPassageCounts = new HashMap<>();
        jdbc.query("SELECT p.document_id, count(*) FROM passages p JOIN documents d ON d.id = p.document_id"
                + " WHERE d.current GROUP BY p.document_id", rs -> {
            dbPassageCounts.put(rs.getLong(1), rs.getLong(2));
        });
        long dbPassages = dbPassageCounts.values().stream().mapToLong(Long::longValue).sum();
        Long pending = jdbc.queryForObject("SELECT count(*) FROM documents WHERE indexed_at IS NULL", Long.class);
        Timestamp lastIndexed = jdbc.queryForObject("SELECT max(indexed_at) FROM documents", Timestamp.class);
        List<Map<String, Object>> runs = jdbc.queryForList("""
                SELECT e.job_execution_id, e.status, e.end_time FROM batch_job_execution e
                JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                WHERE i.job_name = 'ingest' ORDER BY e.job_execution_id DESC LIMIT 1""");
        IndexSide side = readIndex(indexDir);
        Set<Long> missing = new TreeSet<>(current);
        missing.removeAll(side.passageCounts.keySet());
        Set<Long> extra = new TreeSet<>(side.passageCounts.keySet());
        extra.removeAll(current);
        Set<Long> mismatch = new TreeSet<>();
        for (Map.Entry<Long, Long> e : side.passageCounts.entrySet()) {
            if (current.contains(e.getKey()) && !e.getValue().equals(dbPassageCounts.getOrDefault(e.getKey(), 0L))) {
                mismatch.add(e.getKey());
            }
        }
        Map<String, Object> run = runs.isEmpty() ? Map.of() : runs.get(0);
        return new IndexAgreement(current.size(), dbPassages, side.passageCounts.size(), side.passages,
                missing.size(), first(missing), extra.size(), first(extra), mismatch.size(), first(mismatch),
                pending == null ? 0 : pending,
                run.get("job_execution_id") == null ? null : ((Number) run.get("job_execution_id")).longValue(),
                (String) run.get("status"), instant(run.get("end_time")), instant(lastIndexed), side.committed);
    }

    /** One line for {@code oncoev status}, e.g. {@code search index: agrees with the database (5 documents, ...)}. */
    public String describe() {
        String counts = String.format("database %d documents / %d passages, index %d documents / %d passages",
                databaseDocuments, databasePassages, indexedDocuments, indexedPassages);
        String times = String.format("last ingest run %s; index committed %s",
                lastRunId == null ? "none" : lastRunId + " " + lastRunStatus + (lastRunEnd == null ? "" : " " + TIME.format(lastRunEnd)),
                indexCommitted == null ? "never" : TIME.format(indexCommitted));
        if (agrees()) {
            String warning = lastRunStatus != null && !"COMPLETED".equals(lastRunStatus)
                    ? " (the last ingest run did not complete; rerun ingest)" : "";
            if (pendingDocuments > 0) {
                warning += " (" + pendingDocuments + " document version(s) still marked pending although the index"
                        + " already holds their state, as after an interrupted run; the next ingest marks them)";
            } else if (staleIndex()) {
                warning += " (the database recorded indexing after the index's last commit, yet the index holds"
                        + " the same passages)";
            }
            return "search index: agrees with the database (" + counts + "; " + times + ")" + warning;
        }
        List<String> problems = new ArrayList<>();
        if (missingCount > 0) problems.add(missingCount + " missing from the index (ids " + ids(missingFromIndex, missingCount) + ")");
        if (onlyInIndexCount > 0) problems.add(onlyInIndexCount + " only in the index (ids " + ids(onlyInIndex, onlyInIndexCount) + ")");
        if (passageMismatchCount > 0) problems.add(passageMismatchCount + " with another number of passages in the"
                + " index (ids " + ids(passageMismatch, passageMismatchCount) + ")");
        if (pendingDocuments > 0) problems.add(pendingDocuments + " document version(s) not yet (un)indexed");
        if (staleIndex()) problems.add("index older than the database's last indexing " + TIME.format(lastIndexed));
        if (problems.isEmpty()) problems.add("passage counts differ");
        return "search index: DISAGREES with the database (" + counts + "; " + String.join("; ", problems) + "; "
                + times + "); run 'oncoev reindex' to rebuild it";
    }

    private static String ids(List<Long> ids, long total) {
        String list = String.join(", ", ids.stream().map(String::valueOf).toList());
        return ids.size() < total ? list + ", ..." : list;
    }

    private static List<Long> first(Set<Long> ids) {
        return ids.stream().limit(MAX_IDS).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) return t.toInstant();
        if (value instanceof java.time.OffsetDateTime o) return o.toInstant();
        if (value instanceof java.time.LocalDateTime l) return l.atZone(ZoneId.systemDefault()).toInstant();
        return null;
    }

    /** What the last commit of the index holds: live passages per document id. */
    private record IndexSide(Map<Long, Long> passageCounts, long passages, Instant committed) {}

    private static IndexSide readIndex(Path dir) {
        if (!Files.isDirectory(dir)) return new IndexSide(Map.of(), 0, null);
        try (Directory directory = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(directory)) return new IndexSide(Map.of(), 0, null);
            Instant committed = commitTime(dir, directory);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                Map<Long, Long> counts = new HashMap<>();
                for (LeafReaderContext leaf : reader.leaves()) countLivePassages(leaf.reader(), counts);
                return new IndexSide(counts, reader.numDocs(), committed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index at " + dir + " failed: " + e.getMessage(), e);
        }
    }

    private static Instant commitTime(Path dir, Directory directory) throws IOException {
        try {
            String segments = SegmentInfos.getLastCommitSegmentsFileName(directory);
            return segments == null ? null : Files.getLastModifiedTime(dir.resolve(segments)).toInstant();
        } catch (NoSuchFileException e) {
            return null; // a concurrent commit replaced it; the time is informational only
        }
    }

    private static void countLivePassages(LeafReader leaf, Map<Long, Long> counts) throws IOException {
        Terms terms = leaf.terms(IndexFields.DOCUMENT_ID);
        if (terms == null) return;
        Bits live = leaf.getLiveDocs();
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
            postings = te.postings(postings, PostingsEnum.NONE);
            long n = 0;
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                if (live == null || live.get(d)) n++;
            }
            if (n == 0) continue;
            long id;
            try {
                id = Long.parseLong(term.utf8ToString());
            } catch (NumberFormatException e) {
                id = -1L; // not written by oncoev: counts as a document only the index has
            }
            counts.merge(id, n, Long::sum);
        }
    }
}
