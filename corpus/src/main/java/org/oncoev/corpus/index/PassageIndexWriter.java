package org.oncoev.corpus.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Writes passages into the on-disk Lucene index, one document (paper) at a time.
 *
 * <p>Contract: {@link #replaceDocument} atomically swaps all passages of a document id for the given ones, so
 * calling it twice with the same input leaves one copy. Changes become visible to searchers after
 * {@link #commit()}. One instance holds the index's write lock (a second writer on the same directory, in
 * this or another process, fails to open); all methods are thread-safe.
 */
public final class PassageIndexWriter implements Closeable {
    private final Directory directory;
    private final IndexWriter writer;

    private PassageIndexWriter(Directory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    /** Opens (creating if needed) the index in {@code dir}; fails if another writer holds its lock. */
    public static PassageIndexWriter open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        try {
            IndexWriterConfig config = new IndexWriterConfig(new BiomedicalAnalyzer());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setCommitOnClose(true);
            return new PassageIndexWriter(directory, new IndexWriter(directory, config));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Replaces every passage of {@code documentId} with {@code passages} (an empty list deletes them). */
    public void replaceDocument(long documentId, List<IndexedPassage> passages) throws IOException {
        List<org.apache.lucene.document.Document> docs = new ArrayList<>(passages.size());
        for (IndexedPassage p : passages) {
            if (p.documentId() != documentId)
                throw new IllegalArgumentException("passage " + p.passageId() + " belongs to document "
                        + p.documentId() + ", not " + documentId);
            docs.add(PassageDocuments.toDocument(p));
        }
        Term id = documentTerm(documentId);
        if (docs.isEmpty()) writer.deleteDocuments(id);
        else writer.updateDocuments(id, docs);
    }

    /** Removes every passage of {@code documentId}. */
    public void deleteDocument(long documentId) throws IOException {
        writer.deleteDocuments(documentTerm(documentId));
    }

    /** Removes every passage of every document. */
    public void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Makes all changes durable and visible to newly opened or refreshed searchers. */
    public void commit() throws IOException {
        writer.commit();
        IndexCommits.committed();
    }

    /** Number of distinct document ids with at least one live passage, including uncommitted changes. */
    public long documentCount() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            java.util.Set<BytesRef> ids = new java.util.HashSet<>();
            for (LeafReaderContext leaf : reader.leaves()) collectLiveIds(leaf.reader(), ids);
            return ids.size();
        }
    }

    /** Number of live passages, including uncommitted changes. */
    public long passageCount() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return reader.numDocs();
        }
    }

    private static void collectLiveIds(LeafReader leaf, java.util.Set<BytesRef> ids) throws IOException {
        Terms terms = leaf.terms(IndexFields.DOCUMENT_ID);
        if (terms == null) return;
        Bits live = leaf.getLiveDocs();
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
            postings = te.postings(postings, PostingsEnum.NONE);
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                if (live == null || live.get(d)) {
                    ids.add(BytesRef.deepCopyOf(term));
                    break;
                }
            }
        }
    }

    private static Term documentTerm(long documentId) {
        return new Term(IndexFields.DOCUMENT_ID, Long.toString(documentId));
    }

    /** Commits pending changes and releases the write lock. */
    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            IndexCommits.committed();
            directory.close();
        }
    }
}
