package org.oncoev.extractors.survival;

import java.util.List;
import org.oncoev.corpus.table.TableRow;
import org.oncoev.extractors.table.TableView;

/**
 * The endpoint of one row of a table of medians whose rows are outcomes ({@code Progression-free survival | 4.1 |
 * 3.2}, {@code Overall survival | ...}): the endpoint the row label names, else the one its group label names (the
 * row above an indented row), else the table's. A row naming another outcome ({@code Time to treatment failure},
 * {@code Duration of response}) or two endpoints has none: its medians are no survival figures. Stateless.
 */
final class RowEndpoints {
    private RowEndpoints() {}

    /** The endpoint of {@code row}, or null when it has none; {@code table} is the table's own endpoint (may be null). */
    static String of(TableView v, TableRow row, String table) {
        List<EndpointLexicon.Mention> own = EndpointLexicon.find(EndpointLexicon.unglued(v.rowLabel(row)));
        if (!own.isEmpty()) return agreed(own);
        return ofLabel(v.groupLabel(row), table);
    }

    /** The endpoint a row label names (as {@link #of}), {@code fallback} when it names none. */
    static String ofLabel(String label, String fallback) {
        if (label == null || label.isBlank()) return fallback;
        List<EndpointLexicon.Mention> named = EndpointLexicon.find(EndpointLexicon.unglued(label));
        return named.isEmpty() ? fallback : agreed(named);
    }

    /** The one listed endpoint all mentions name; null for a blocking mention (another outcome) or two endpoints. */
    private static String agreed(List<EndpointLexicon.Mention> mentions) {
        String found = null;
        for (EndpointLexicon.Mention m : mentions) {
            if (m.endpoint() == null || found != null && !found.equals(m.endpoint())) return null;
            found = m.endpoint();
        }
        return found;
    }
}
