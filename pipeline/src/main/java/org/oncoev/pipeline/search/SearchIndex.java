package org.oncoev.pipeline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import org.oncoev.corpus.index.IndexedPassage;
import org.oncoev.corpus.index.PassageIndexWriter;
import org.oncoev.corpus.index.PassageSearcher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The application's Lucene passage index under {@code <oncoev.home>/index}, fed from PostgreSQL.
 *
 * <p>Contract: {@link #indexDocument(long)} reads the document's passages and evidence from the database (write
 * the database first, then call it) and replaces the document in the index; changes are visible to searchers
 * after {@link #commit()}. The writer is opened on first write and holds the index's lock until the context
 * closes; the searcher never locks. Thread-safe.
 */
@Component
public class SearchIndex implements AutoCloseable {
    private final Path dir;
    private final JdbcTemplate jdbc;
    private final IndexedPassageLoader loader;
    private PassageIndexWriter writer;
    private PassageSearcher searcher;

    public SearchIndex(@Value("${oncoev.home:./data}") String home, JdbcTemplate jdbc) {
        this.dir = indexDir(Path.of(home));
        this.jdbc = jdbc;
        this.loader = new IndexedPassageLoader(jdbc);
    }

    /** The index folder for a data folder: {@code <home>/index}. */
    public static Path indexDir(Path home) {
        return home.toAbsolutePath().normalize().resolve("index");
    }

    /** Replaces {@code documentId}'s passages in the index with what the database holds; returns the count. */
    public int indexDocument(long documentId) {
        List<IndexedPassage> passages = loader.load(documentId);
        try {
            writer().replaceDocument(documentId, passages);
        } catch (IOException e) {
            throw new UncheckedIOException("indexing document " + documentId + " failed: " + e.getMessage(), e);
        }
        return passages.size();
    }

    /**
     * Replaces {@code documentId}'s passages in the index with {@code passages}, built in memory for a version
     * the database holds just so (see {@link FreshPassages}).
     */
    public void indexPassages(long documentId, List<IndexedPassage> passages) {
        try {
            writer().replaceDocument(documentId, passages);
        } catch (IOException e) {
            throw new UncheckedIOException("indexing document " + documentId + " failed: " + e.getMessage(), e);
        }
    }

    /** Removes {@code documentId} from the index (e.g. when a changed file superseded it). */
    public void removeDocument(long documentId) {
        try {
            writer().deleteDocument(documentId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes indexed changes durable and visible to searchers. */
    public void commit() {
        try {
            writer().commit();
        } catch (IOException e) {
            throw new UncheckedIOException("committing the index failed: " + e.getMessage(), e);
        }
    }

    /**
     * Rebuilds the index from the database: drops everything, indexes every current document, commits once
     * and marks the documents {@code indexed_at = now()}. {@code progress} receives each document id.
     *
     * @return the number of passages indexed
     */
    public long rebuild(LongConsumer progress) {
        long passages = 0;
        try {
            writer().deleteAll();
            List<Long> ids = loader.currentDocumentIds();
            for (long id : ids) {
                passages += indexDocument(id);
                progress.accept(id);
            }
            writer().commit();
            jdbc.update("UPDATE documents SET indexed_at = now() WHERE current");
        } catch (IOException e) {
            throw new UncheckedIOException("rebuilding the index failed: " + e.getMessage(), e);
        }
        return passages;
    }

    /** Documents in the index (distinct ids with live passages), including uncommitted changes. */
    public long indexedDocumentCount() {
        try {
            return writer().documentCount();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A searcher over the committed index (opened once, refreshed per search). */
    public synchronized PassageSearcher searcher() {
        if (searcher == null) {
            try {
                searcher = PassageSearcher.open(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("opening the index at " + dir + " failed: " + e.getMessage(), e);
            }
        }
        return searcher;
    }

    /** The index folder. */
    public Path dir() {
        return dir;
    }

    private synchronized PassageIndexWriter writer() throws IOException {
        if (writer == null) writer = PassageIndexWriter.open(dir);
        return writer;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (writer != null) writer.close();
        } finally {
            writer = null;
            if (searcher != null) searcher.close();
            searcher = null;
        }
    }
}
