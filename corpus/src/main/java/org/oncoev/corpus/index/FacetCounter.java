package org.oncoev.corpus.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;

/**
 * Counts facet values (the doc values of {@link IndexFields#FACETS}) over a set of matching passages. Keeps the
 * per-reader ordinal maps of the newest reader it has seen; thread-safe.
 */
final class FacetCounter {
    private IndexReader cachedReader;
    private Map<String, StringDocValuesReaderState> cachedStates = Map.of();

    /** Facet dimensions with no values, in the reporting order. */
    Map<String, Map<String, Long>> empty() {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String dim : IndexFields.FACETS) facets.put(dim, Map.of());
        return facets;
    }

    /**
     * Top values per dimension over {@code matches}; when they are a sample drawn at {@code rate} (below 1), each
     * count is scaled by {@code 1 / rate} and capped at {@code total}.
     */
    Map<String, Map<String, Long>> count(IndexReader reader, List<FacetsCollector.MatchingDocs> matches, double rate,
                                         long total) throws IOException {
        Map<String, Map<String, Long>> facets = empty();
        FacetsCollector sample = new FixedMatches(matches);
        Map<String, StringDocValuesReaderState> states = states(reader);
        for (String dim : IndexFields.FACETS) {
            StringDocValuesReaderState state = states.get(dim);
            if (state == null) continue;
            FacetResult top = new StringValueFacetCounts(state, sample)
                    .getTopChildren(PassageSearcher.MAX_FACET_VALUES, dim);
            if (top == null) continue;
            Map<String, Long> values = new LinkedHashMap<>();
            for (LabelAndValue lv : top.labelValues) {
                long n = lv.value.longValue();
                values.put(lv.label, rate < 1.0 ? Math.min(total, Math.round(n / rate)) : n);
            }
            facets.put(dim, values);
        }
        return facets;
    }

    /** A collector that hands out a fixed list of matching docs (a sample computed once). */
    private static final class FixedMatches extends FacetsCollector {
        private final List<MatchingDocs> docs;

        FixedMatches(List<MatchingDocs> docs) {
            this.docs = docs;
        }

        @Override
        public List<MatchingDocs> getMatchingDocs() {
            return docs;
        }
    }

    private synchronized Map<String, StringDocValuesReaderState> states(IndexReader reader) throws IOException {
        if (reader != cachedReader) {
            Map<String, StringDocValuesReaderState> states = new LinkedHashMap<>();
            FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
            for (String dim : IndexFields.FACETS) {
                FieldInfo info = infos.fieldInfo(dim);
                if (info != null && info.getDocValuesType() == org.apache.lucene.index.DocValuesType.SORTED_SET)
                    states.put(dim, new StringDocValuesReaderState(reader, dim));
            }
            cachedReader = reader;
            cachedStates = states;
        }
        return cachedStates;
    }
}
