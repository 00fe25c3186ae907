package org.oncoev.pipeline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.oncoev.corpus.index.IndexFields;

/**
 * What the committed search index holds, without database ids, for comparing two indexes built from the same
 * corpus: one line per live passage (its stored fields but the ids, in field order; a passage indexed twice shows
 * twice) and, per evidence keyword field, how many live passages carry each term.
 */
public record IndexContents(List<String> passages, Map<String, Integer> evidenceTerms) {
    private static final Set<String> IDS = Set.of(IndexFields.PASSAGE_ID, IndexFields.DOCUMENT_ID);
    private static final List<String> EVIDENCE = List.of(IndexFields.TYPE, IndexFields.AGENT, IndexFields.ENDPOINT,
            IndexFields.REGIMEN);

    public static IndexContents read(Path indexDir) throws IOException {
        List<String> passages = new ArrayList<>();
        Map<String, Integer> terms = new TreeMap<>();
        if (!Files.isDirectory(indexDir)) return new IndexContents(passages, terms);
        try (Directory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Bits live = r.getLiveDocs();
                StoredFields stored = r.storedFields();
                for (int d = 0; d < r.maxDoc(); d++) {
                    if (live == null || live.get(d)) passages.add(line(stored.document(d)));
                }
                for (String field : EVIDENCE) countTerms(r, field, live, terms);
            }
        }
        passages.sort(null);
        return new IndexContents(passages, terms);
    }

    private static String line(Document doc) {
        Map<String, List<String>> fields = new TreeMap<>();
        for (IndexableField f : doc.getFields()) {
            if (IDS.contains(f.name())) continue;
            String value = f.numericValue() != null ? f.numericValue().toString() : f.stringValue();
            fields.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(value);
        }
        fields.values().forEach(v -> v.sort(null));
        return fields.toString();
    }

    private static void countTerms(LeafReader r, String field, Bits live, Map<String, Integer> out) throws IOException {
        Terms terms = r.terms(field);
        if (terms == null) return;
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
            postings = te.postings(postings, PostingsEnum.NONE);
            int n = 0;
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                if (live == null || live.get(d)) n++;
            }
            if (n > 0) out.merge(field + ":" + term.utf8ToString(), n, Integer::sum);
        }
    }
}
