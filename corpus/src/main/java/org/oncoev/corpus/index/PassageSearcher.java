package org.oncoev.corpus.index;

import static org.oncoev.corpus.index.IndexFields.*;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches the passage index written by {@link PassageIndexWriter}.
 *
 * <p>Contract: a {@link #search} sees every commit made by a {@link PassageIndexWriter} in this JVM before it
 * started, and commits made by other processes within {@link #REFRESH_INTERVAL_MILLIS} (the costly check of the
 * index folder runs at most that often); a missing index reads as empty until one is committed. {@code limit} is
 * capped at {@link #MAX_LIMIT} and {@code offset} at {@link #MAX_OFFSET}. The total is exact. Facets count all
 * matches when there are at most {@link #FACET_SAMPLE_SIZE}; beyond that they are estimated from a fixed-seed
 * random sample of about that many matches (one per run of consecutive matches; counts scaled by total / sampled
 * and capped at the total; {@link SearchResult#facetsSampled()} true). When the drawn sample is every match,
 * the counts are exact and not flagged.
 * Thread-safe.
 */
public final class PassageSearcher implements Closeable {
    /** Most hits returned per page. */
    public static final int MAX_LIMIT = 100;
    /** Deepest offset served. */
    public static final int MAX_OFFSET = 10_000;
    /** Most values reported per facet dimension. */
    public static final int MAX_FACET_VALUES = 20;
    /** Matches up to which facets are counted exactly; more matches are sampled down to about this many. */
    public static final int FACET_SAMPLE_SIZE = 10_000;
    /** Longest time a commit by another process may stay unseen. */
    public static final long REFRESH_INTERVAL_MILLIS = 1000;
    private static final long SAMPLE_SEED = 0x6F6E636FL;

    /** Stored fields a hit shows (the passage text itself reaches the hit through its snippet). */
    private static final java.util.Set<String> STORED_FOR_HITS = java.util.Set.of(HEADING, SECTION, AGENT, REGIMEN,
            ENDPOINT, TYPE, COHORT, PVALUE, HR, YEAR, DOCUMENT, DOCUMENT_ID, KIND, PASSAGE_ID, CHAR_START, CHAR_END,
            TITLE, JOURNAL, DOI, PMID);

    private final Directory directory;
    private final Analyzer queryAnalyzer = PassageQueryParser.queryAnalyzer();
    private final Analyzer textAnalyzer = new BiomedicalAnalyzer();
    private final FacetCounter facetCounter = new FacetCounter();
    private SearcherManager manager;
    private long seenCommits;
    private long lastRefreshCheck;

    private final int facetSampleSize;

    private PassageSearcher(Directory directory, int facetSampleSize) {
        this.directory = directory;
        this.facetSampleSize = facetSampleSize;
    }

    /** Opens a searcher over the index in {@code dir} (which need not exist yet). */
    public static PassageSearcher open(Path dir) throws IOException {
        return open(dir, FACET_SAMPLE_SIZE);
    }

    /** Like {@link #open(Path)} with another facet sample size (tests). */
    static PassageSearcher open(Path dir, int facetSampleSize) throws IOException {
        return new PassageSearcher(FSDirectory.open(dir), Math.max(1, facetSampleSize));
    }

    /**
     * Runs {@code query} and returns the page {@code [offset, offset + limit)} of hits by descending score.
     *
     * @throws QuerySyntaxException when the query is malformed (strict mode), uses an unknown field, puts a
     *     non-number into a numeric field, or expands to too many terms
     */
    public SearchResult search(String query, QueryMode mode, int limit, int offset) throws QuerySyntaxException {
        return search(query, mode, limit, offset, Map.of());
    }

    /**
     * Like {@link #search(String, QueryMode, int, int)}, restricted to passages whose facet fields hold the given
     * values ({@code {"agent": "sorafenib", "year": "2019"}}; keyword fields match case-insensitively).
     *
     * @throws QuerySyntaxException also when a filter names a field that is not a facet or a year is not a number
     */
    public SearchResult search(String query, QueryMode mode, int limit, int offset, Map<String, String> filters)
            throws QuerySyntaxException {
        int pageSize = Math.max(0, Math.min(limit, MAX_LIMIT));
        int from = Math.max(0, Math.min(offset, MAX_OFFSET));
        Query parsed = mode == QueryMode.SIMPLE ? SimpleQueries.parse(query, queryAnalyzer)
                : PassageQueryParser.parseStrict(query, queryAnalyzer);
        if (!filters.isEmpty()) parsed = FacetFilters.apply(parsed, filters);
        try {
            SearcherManager current = manager();
            if (current == null) return new SearchResult(0, List.of(), facetCounter.empty(), false);
            IndexSearcher searcher = current.acquire();
            try {
                return run(searcher, parsed, pageSize, from);
            } finally {
                current.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("query expands to too many terms; make it more specific", -1);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index failed: " + e.getMessage(), e);
        }
    }

    /** A matching passage: its id, its document's id and its score. */
    public record ScoredPassage(long passageId, long documentId, float score) {}

    /**
     * The passages matching {@code query} and {@code filters} (as {@link #search} reads them) by descending score,
     * at most {@code max} of them, without snippets; empty while no index exists. For views that group or gather
     * every match rather than show a page of hits.
     *
     * @throws QuerySyntaxException as {@link #search} does
     */
    public List<ScoredPassage> scoredMatches(String query, QueryMode mode, Map<String, String> filters, int max)
            throws QuerySyntaxException {
        Query parsed = parse(query, mode, filters);
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(parsed, Math.max(1, max));
            StoredFields stored = searcher.storedFields();
            List<ScoredPassage> out = new java.util.ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc d : top.scoreDocs) {
                Document doc = stored.document(d.doc, java.util.Set.of(PASSAGE_ID, DOCUMENT_ID));
                out.add(new ScoredPassage(Long.parseLong(doc.get(PASSAGE_ID)), Long.parseLong(doc.get(DOCUMENT_ID)), d.score));
            }
            return out;
        }, List.of());
    }

    /**
     * Like {@link #search(String, QueryMode, int, int, Map)} (first page of {@code limit} hits), restricted to the
     * passages of the given documents; facets count those passages only.
     */
    public SearchResult searchInDocuments(String query, QueryMode mode, Map<String, String> filters,
                                          java.util.Collection<Long> documentIds, int limit) throws QuerySyntaxException {
        List<org.apache.lucene.util.BytesRef> ids = documentIds.stream()
                .map(id -> new org.apache.lucene.util.BytesRef(Long.toString(id))).toList();
        Query restricted = new org.apache.lucene.search.BooleanQuery.Builder()
                .add(parse(query, mode, filters), org.apache.lucene.search.BooleanClause.Occur.MUST)
                .add(new org.apache.lucene.search.TermInSetQuery(DOCUMENT_ID, ids), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .build();
        int pageSize = Math.max(0, Math.min(limit, MAX_LIMIT));
        return withSearcher(searcher -> run(searcher, restricted, pageSize, 0),
                new SearchResult(0, List.of(), facetCounter.empty(), false));
    }

    private Query parse(String query, QueryMode mode, Map<String, String> filters) throws QuerySyntaxException {
        Query parsed = mode == QueryMode.SIMPLE ? SimpleQueries.parse(query, queryAnalyzer)
                : PassageQueryParser.parseStrict(query, queryAnalyzer);
        return filters.isEmpty() ? parsed : FacetFilters.apply(parsed, filters);
    }

    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code work} on a current searcher; {@code empty} while no index exists. */
    private <T> T withSearcher(SearcherWork<T> work, T empty) throws QuerySyntaxException {
        try {
            SearcherManager current = manager();
            if (current == null) return empty;
            IndexSearcher searcher = current.acquire();
            try {
                return work.run(searcher);
            } finally {
                current.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("query expands to too many terms; make it more specific", -1);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index failed: " + e.getMessage(), e);
        }
    }

    /** Number of passages in the index as of its last commit (0 when there is none). */
    public long passageCount() {
        try {
            SearcherManager current = manager();
            if (current == null) return 0;
            IndexSearcher searcher = current.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                current.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResult run(IndexSearcher searcher, Query query, int pageSize, int from) throws IOException {
        int wanted = Math.max(1, from + pageSize);
        // pass 1, no scoring: the exact total and the (sampled) matches to count facets over
        RandomSamplingFacetsCollector matches =
                searcher.search(query, RandomSamplingFacetsCollector.createManager(facetSampleSize, SAMPLE_SEED));
        long total = matches.getOriginalMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        // pass 2: the top hits only, free to skip non-competitive documents (its own total is not used)
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(wanted, null, wanted));
        ScoreDoc[] all = top.scoreDocs;
        ScoreDoc[] page = from >= all.length || pageSize == 0 ? new ScoreDoc[0]
                : Arrays.copyOfRange(all, from, Math.min(all.length, from + pageSize));
        String[] snippets = Snippets.highlight(searcher, textAnalyzer, query, page,
                new TotalHits(total, TotalHits.Relation.EQUAL_TO));
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new java.util.ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(toHit(stored.document(page[i].doc, STORED_FOR_HITS), page[i].score, snippets[i]));
        }
        List<FacetsCollector.MatchingDocs> counted = matches.getMatchingDocs();
        double rate = total > facetSampleSize ? (double) sampledCount(counted) / total : 1.0;
        return new SearchResult(total, hits, facetCounter.count(searcher.getIndexReader(), counted, rate, total),
                rate < 1.0);
    }

    /** Documents in the sample (Lucene's reported rate can differ from the drawn one: its bins are whole numbers). */
    private static long sampledCount(List<FacetsCollector.MatchingDocs> sample) throws IOException {
        long n = 0;
        for (FacetsCollector.MatchingDocs m : sample) {
            if (m.bits == null) continue;
            DocIdSetIterator it = m.bits.iterator();
            if (it == null) continue;
            while (it.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) n++;
        }
        return n;
    }

    private static SearchHit toHit(Document doc, float score, String snippet) {
        String heading = doc.get(HEADING);
        String sectionKind = doc.get(SECTION);
        Map<String, List<String>> evidence = new LinkedHashMap<>();
        for (String field : List.of(AGENT, REGIMEN, ENDPOINT, TYPE, COHORT, PVALUE, HR)) {
            List<String> values = Arrays.stream(doc.getFields(field)).map(PassageSearcher::storedString).toList();
            if (!values.isEmpty()) evidence.put(field, values);
        }
        IndexableField year = doc.getField(YEAR);
        return new SearchHit(doc.get(DOCUMENT), Long.parseLong(doc.get(DOCUMENT_ID)),
                heading != null ? heading : sectionKind, doc.get(KIND), Long.parseLong(doc.get(PASSAGE_ID)),
                doc.getField(CHAR_START).numericValue().intValue(), doc.getField(CHAR_END).numericValue().intValue(),
                score, snippet, sectionKind, doc.get(TITLE), year == null ? null : year.numericValue().intValue(),
                doc.get(JOURNAL), doc.get(DOI), doc.get(PMID), evidence);
    }

    private static String storedString(IndexableField f) {
        Number n = f.numericValue();
        if (n == null) return f.stringValue();
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /**
     * The searcher manager, refreshed when a writer in this JVM has committed since the last check or the last
     * check is {@link #REFRESH_INTERVAL_MILLIS} old; null while no index has been committed.
     */
    private synchronized SearcherManager manager() throws IOException {
        long commits = IndexCommits.count();
        long now = System.nanoTime();
        if (manager == null) {
            if (!DirectoryReader.indexExists(directory)) return null;
            manager = new SearcherManager(directory, null);
        } else if (commits != seenCommits || now - lastRefreshCheck >= REFRESH_INTERVAL_MILLIS * 1_000_000L) {
            manager.maybeRefreshBlocking();
        } else {
            return manager;
        }
        seenCommits = commits;
        lastRefreshCheck = now;
        return manager;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (manager != null) manager.close();
        } finally {
            directory.close();
        }
    }
}
