package org.oncoev.pipeline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.oncoev.corpus.DocumentMetadata;
import org.oncoev.corpus.meta.TextMetadata;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the bibliographic metadata of newly stored documents ({@link TextMetadata#of}: a JATS file's front
 * matter, else what the text prints reliably): one {@code UPDATE} of the {@code documents} metadata columns, one
 * insert of {@code document_authors} and one of {@code trial_registrations}, in the caller's transaction.
 * Thread-safe (no state beyond the {@link JdbcTemplate}).
 */
final class MetadataStore {
    private final JdbcTemplate jdbc;

    MetadataStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the metadata of each document under the id at the same index. */
    void store(List<DocumentMetadata> metadata, List<Long> ids) {
        int n = metadata.size();
        if (n == 0) return;
        Long[] docIds = ids.toArray(new Long[0]);
        String[] doi = new String[n], journal = new String[n], pmid = new String[n], pmcid = new String[n],
                license = new String[n], volume = new String[n], issue = new String[n], pages = new String[n],
                sources = new String[n], title = new String[n];
        Integer[] year = new Integer[n];
        List<Object[]> authors = new ArrayList<>(), trials = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            DocumentMetadata m = metadata.get(i);
            doi[i] = m.doi(); journal[i] = m.journal(); pmid[i] = m.pmid(); pmcid[i] = m.pmcid(); license[i] = m.license();
            volume[i] = m.volume(); issue[i] = m.issue(); pages[i] = m.pages(); year[i] = m.year(); title[i] = m.title();
            sources[i] = json(m.sources());
            for (DocumentMetadata.Author a : m.authors()) authors.add(new Object[]{ids.get(i), a.position(), a.family(), a.given()});
            for (DocumentMetadata.TrialRegistration t : m.trials())
                trials.add(new Object[]{ids.get(i), t.registry(), t.registrationId(), t.source()});
        }
        jdbc.update("UPDATE documents d SET doi = x.doi, journal = x.journal, year = x.year, pmid = x.pmid, pmcid = x.pmcid, "
                        + "license = x.license, volume = x.volume, issue = x.issue, page_range = x.pages, "
                        + "metadata_sources = x.sources::jsonb, title = coalesce(d.title, x.title) "
                        + "FROM unnest(?::bigint[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], "
                        + "?::text[], ?::text[], ?::text[], ?::text[]) "
                        + "AS x(id, doi, journal, year, pmid, pmcid, license, volume, issue, pages, sources, title) WHERE d.id = x.id",
                docIds, doi, journal, year, pmid, pmcid, license, volume, issue, pages, sources, title);
        if (!authors.isEmpty()) {
            jdbc.update("INSERT INTO document_authors (document_id, position, family, given) "
                            + "SELECT * FROM unnest(?::bigint[], ?::int[], ?::text[], ?::text[]) ON CONFLICT DO NOTHING",
                    column(authors, 0, Long.class), column(authors, 1, Integer.class), column(authors, 2, String.class),
                    column(authors, 3, String.class));
        }
        if (!trials.isEmpty()) {
            jdbc.update("INSERT INTO trial_registrations (document_id, registry, registration_id, source) "
                            + "SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[]) ON CONFLICT DO NOTHING",
                    column(trials, 0, Long.class), column(trials, 1, String.class), column(trials, 2, String.class),
                    column(trials, 3, String.class));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] column(List<Object[]> rows, int c, Class<T> type) {
        T[] out = (T[]) java.lang.reflect.Array.newInstance(type, rows.size());
        for (int i = 0; i < rows.size(); i++) out[i] = type.cast(rows.get(i)[c]);
        return out;
    }

    /** A flat JSON object of string values, keys sorted; null when empty. */
    static String json(Map<String, String> m) {
        if (m.isEmpty()) return null;
        StringBuilder b = new StringBuilder("{");
        for (Map.Entry<String, String> e : new TreeMap<>(m).entrySet()) {
            if (b.length() > 1) b.append(", ");
            b.append(quote(e.getKey())).append(": ").append(quote(e.getValue()));
        }
        return b.append('}').toString();
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
