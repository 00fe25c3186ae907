package org.oncoev.pipeline.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.oncoev.extractors.Finding;
import org.oncoev.pipeline.ingest.IngestItem.Problem;
import org.oncoev.schema.EvidenceWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * JDBC access to documents, extraction runs, findings and ingest issues, one document at a time: lookups, supersede,
 * revive, file states, index state, an extraction run of a stored document. Methods that write take part in the
 * caller's transaction. New documents with their sections and passages are stored by {@link ChunkStore}.
 */
public final class DocumentStore {
    /** A stored content version: its id, whether it is the current one at its path, whether it is indexed. */
    public record StoredDocument(long id, String sourcePath, boolean current, boolean indexed) {}

    /** The current version at a path whose stored file size and mtime match the file's. */
    public record FileMatch(long id, String sha256, boolean indexed) {}

    /** A current version's recorded file size and mtime (null when never recorded). */
    public record FileState(long id, String sha256, boolean indexed, Long size, Long mtimeMillis) {
        /** The match when the file's size and mtime equal the recorded ones, else empty. */
        public Optional<FileMatch> matching(long fileSize, long fileMtimeMillis) {
            return size != null && mtimeMillis != null && size == fileSize && mtimeMillis == fileMtimeMillis
                    ? Optional.of(new FileMatch(id, sha256, indexed)) : Optional.empty();
        }
    }

    /** A current version whose file no longer exists. */
    public record CurrentFile(long id, String sourcePath) {}

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    public DocumentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
    }

    public Optional<StoredDocument> findBySha(String sha256) {
        return jdbc.query("SELECT id, source_path, current, indexed_at IS NOT NULL FROM documents WHERE sha256 = ?",
                (rs, i) -> new StoredDocument(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)),
                sha256).stream().findFirst();
    }

    /** Marks whatever is current at {@code sourcePath} with other content as superseded; returns those ids. */
    public List<Long> supersedeAtPath(String sourcePath, String sha256) {
        return jdbc.queryForList("UPDATE documents SET current = FALSE, superseded_at = now(), indexed_at = NULL "
                + "WHERE source_path = ? AND current AND sha256 <> ? RETURNING id", Long.class, sourcePath, sha256);
    }

    /** Points the superseded rows at their successor. */
    public void linkSuccessor(List<Long> superseded, long successorId) {
        for (Long old : superseded) {
            jdbc.update("UPDATE documents SET superseded_by = ? WHERE id = ?", successorId, old);
        }
    }

    /** Makes a superseded (or gone) version current again at {@code file}'s path, with the file's size and mtime. */
    public void revive(long documentId, SourceFile file) {
        jdbc.update("UPDATE documents SET current = TRUE, superseded_by = NULL, superseded_at = NULL, gone_at = NULL, "
                        + "source_path = ?, last_seen = now(), indexed_at = NULL, file_size = ?, file_mtime = ? WHERE id = ?",
                file.sourcePath(), file.size(), file.mtimeMillis(), documentId);
    }

    public void touch(long documentId) {
        jdbc.update("UPDATE documents SET last_seen = now() WHERE id = ?", documentId);
    }

    /** Refreshes last_seen of many versions in one statement. */
    public void touchAll(List<Long> documentIds) {
        if (documentIds.isEmpty()) return;
        jdbc.update("UPDATE documents SET last_seen = now() WHERE id = ANY (?)", (Object) documentIds.toArray(new Long[0]));
    }

    /**
     * Refreshes last_seen of a current version matched by content, and records the file's size and mtime when the
     * version is the one at this file's path (a copy at another path leaves them alone).
     */
    public void touchWithFileState(long documentId, SourceFile file) {
        jdbc.update("UPDATE documents SET last_seen = now(), "
                        + "file_size = CASE WHEN source_path = ? THEN ? ELSE file_size END, "
                        + "file_mtime = CASE WHEN source_path = ? THEN ? ELSE file_mtime END WHERE id = ?",
                file.sourcePath(), file.size(), file.sourcePath(), file.mtimeMillis(), documentId);
    }

    /**
     * Turns off waiting for the WAL flush for the caller's transaction only: a crash may lose the last commits,
     * which a rerun redoes (writes are keyed by content).
     */
    public void relaxCommitDurability() {
        jdbc.execute("SET LOCAL synchronous_commit = off");
    }

    /**
     * The recorded file state of every current version under {@code folders} (absolute, normalised paths), by source
     * path: read once when a run starts, so unchanged and new files cost no query each.
     */
    public Map<String, FileState> fileStatesUnder(List<String> folders) {
        Map<String, FileState> states = new HashMap<>();
        for (String folder : folders) {
            String prefix = folder.endsWith("/") ? folder : folder + "/";
            jdbc.query("SELECT source_path, id, sha256, indexed_at IS NOT NULL, file_size, file_mtime FROM documents "
                    + "WHERE current AND left(source_path, ?) = ?", rs -> {
                long size = rs.getLong(5);
                boolean noSize = rs.wasNull();
                long mtime = rs.getLong(6);
                boolean noMtime = rs.wasNull();
                states.put(rs.getString(1), new FileState(rs.getLong(2), rs.getString(3), rs.getBoolean(4),
                        noSize ? null : size, noMtime ? null : mtime));
            }, prefix.length(), prefix);
        }
        return states;
    }

    /** Current versions whose source path lies under one of {@code folders} (absolute, normalised paths). */
    public List<CurrentFile> currentUnder(List<String> folders) {
        List<CurrentFile> found = new ArrayList<>();
        for (String folder : folders) {
            String prefix = folder.endsWith("/") ? folder : folder + "/";
            found.addAll(jdbc.query("SELECT id, source_path FROM documents WHERE current AND left(source_path, ?) = ? "
                    + "ORDER BY id", (rs, i) -> new CurrentFile(rs.getLong(1), rs.getString(2)), prefix.length(), prefix));
        }
        return found;
    }

    /** Marks current versions as gone (their file was deleted): no longer current, to be removed from the index. */
    public List<Long> markGone(List<Long> documentIds) {
        if (documentIds.isEmpty()) return List.of();
        return jdbc.queryForList("UPDATE documents SET current = FALSE, gone_at = now(), indexed_at = NULL "
                + "WHERE id = ANY (?) AND current RETURNING id", Long.class, (Object) documentIds.toArray(new Long[0]));
    }

    /** Stores one extraction run with its findings; returns the run id. */
    public long insertExtractionRun(long documentId, Long jobExecutionId, String signature,
                                    Map<Integer, Long> passageIds, List<Finding> findings) {
        int rejected = (int) findings.stream().filter(f -> !f.accepted()).count();
        // finished_at = now(): the transaction's time, as the run commits with its findings or not at all
        Long runId = jdbc.queryForObject("INSERT INTO extraction_runs (document_id, job_execution_id, extractor_signature, "
                        + "findings, rejected, finished_at) VALUES (?, ?, ?, ?, ?, now()) RETURNING id", Long.class,
                documentId, jobExecutionId, signature, findings.size() - rejected, rejected);
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            new EvidenceWriter(c).write(documentId, runId, passageIds, findings);
        } catch (SQLException e) {
            throw new org.springframework.jdbc.UncategorizedSQLException("store findings", null, e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
        return runId;
    }

    /** A path at which a stored version was found, with the symbolic link's resolved target (or null). */
    public record FoundPath(String sourcePath, long documentId, String linkTarget) {}

    /**
     * Records in {@code document_paths} every path at which a stored version was found (copies and links included),
     * in one statement; a path whose row already says the same is not written again.
     */
    public void recordPaths(List<FoundPath> paths) {
        if (paths.isEmpty()) return;
        Map<String, FoundPath> byPath = new java.util.LinkedHashMap<>();
        for (FoundPath p : paths) byPath.put(p.sourcePath(), p); // one row per path in a statement
        String[] source = new String[byPath.size()], target = new String[byPath.size()];
        Long[] ids = new Long[byPath.size()];
        int i = 0;
        for (FoundPath p : byPath.values()) {
            source[i] = p.sourcePath();
            ids[i] = p.documentId();
            target[i++] = p.linkTarget();
        }
        jdbc.update("INSERT INTO document_paths (source_path, document_id, link_target) "
                + "SELECT * FROM unnest(?::text[], ?::bigint[], ?::text[]) "
                + "ON CONFLICT (source_path) DO UPDATE SET document_id = EXCLUDED.document_id, link_target = EXCLUDED.link_target "
                + "WHERE (document_paths.document_id, document_paths.link_target) "
                + "IS DISTINCT FROM (EXCLUDED.document_id, EXCLUDED.link_target)", source, ids, target);
    }

    /** The {@code document_paths} rows under {@code folders} (absolute, normalised paths). */
    public List<String> pathsUnder(List<String> folders) {
        List<String> found = new ArrayList<>();
        for (String folder : folders) {
            String prefix = folder.endsWith("/") ? folder : folder + "/";
            found.addAll(jdbc.queryForList("SELECT source_path FROM document_paths WHERE left(source_path, ?) = ?",
                    String.class, prefix.length(), prefix));
        }
        return found;
    }

    /** Deletes the {@code document_paths} rows of paths where no file is found any more. */
    public void forgetPaths(List<String> paths) {
        if (paths.isEmpty()) return;
        jdbc.update("DELETE FROM document_paths WHERE source_path = ANY (?)", (Object) paths.toArray(new String[0]));
    }

    /** Records (or refreshes) an ingest issue; the same file content, stage and reason is one row. */
    public void recordIssue(Problem p, Long jobExecutionId, Long documentId) {
        jdbc.update("INSERT INTO ingest_issues (source_path, sha256, stage, reason, error_class, document_id, "
                        + "job_execution_id, last_job_execution_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (source_path, sha256, stage, reason) DO UPDATE SET "
                        + "last_job_execution_id = EXCLUDED.last_job_execution_id, last_seen = now()",
                p.file().sourcePath(), p.sha256() == null ? "" : p.sha256(), p.stage(), truncate(p.reason()),
                p.errorClass(), documentId, jobExecutionId, jobExecutionId);
    }

    /** Versions whose index state is not in sync: current ones to index, superseded ones to remove. */
    public List<StoredDocument> pendingIndex() {
        return jdbc.query("SELECT id, source_path, current, FALSE FROM documents WHERE indexed_at IS NULL ORDER BY id",
                (rs, i) -> new StoredDocument(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)));
    }

    public void markIndexed(List<Long> documentIds) {
        if (documentIds.isEmpty()) return;
        jdbc.update("UPDATE documents SET indexed_at = now() WHERE id = ANY (?)",
                (Object) documentIds.toArray(new Long[0]));
    }

    /**
     * Marks versions indexed after an index commit, each only while its state still matches the update that was
     * committed: {@code indexed} ones must still be current, {@code removed} ones must still not be (a version
     * superseded or revived meanwhile keeps {@code indexed_at} null for its own, later update).
     */
    public void markIndexed(List<Long> indexed, List<Long> removed) {
        if (!indexed.isEmpty()) {
            jdbc.update("UPDATE documents SET indexed_at = now() WHERE id = ANY (?) AND current",
                    (Object) indexed.toArray(new Long[0]));
        }
        if (!removed.isEmpty()) {
            jdbc.update("UPDATE documents SET indexed_at = now() WHERE id = ANY (?) AND NOT current",
                    (Object) removed.toArray(new Long[0]));
        }
    }

    private static String truncate(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return one.length() > 1000 ? one.substring(0, 1000) + "..." : one;
    }
}
