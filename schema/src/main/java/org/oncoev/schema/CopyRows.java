package org.oncoev.schema;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Rows for one table, sent with PostgreSQL's {@code COPY ... FROM STDIN} (text format) on the caller's connection
 * and transaction: one round trip and no statement to parse per batch, which pays for the many small rows of
 * passages and facts.
 *
 * <p>Contract: {@link #row} takes one value per column, in the order given; values may be null, {@link String},
 * {@link Number} or {@link Boolean} (anything else is written with {@code toString()}). {@link #send()} copies
 * the rows and returns their count; an empty batch sends nothing. Not thread-safe; one instance per batch.
 */
public final class CopyRows {
    private final String table;
    private final List<String> columns;
    private final StringBuilder data = new StringBuilder(4096);
    private int rows;

    public CopyRows(String table, List<String> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    /** Adds one row. */
    public CopyRows row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) data.append('\t');
            append(values[i]);
        }
        data.append('\n');
        rows++;
        return this;
    }

    /** Number of rows added. */
    public int size() {
        return rows;
    }

    /** Copies the rows into the table on {@code connection}; returns the number of rows copied. */
    public long send(Connection connection) throws SQLException {
        if (rows == 0) return 0;
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(data.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed: " + e.getMessage(), e);
        }
    }

    /** The rows as COPY text: tab-separated, \N for null, backslash escapes; visible for tests. */
    String text() {
        return data.toString();
    }

    private void append(Object v) {
        if (v == null) {
            data.append("\\N");
        } else if (v instanceof Boolean b) {
            data.append(b ? 't' : 'f');
        } else if (v instanceof Number n) {
            data.append(n);
        } else {
            String s = v.toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> data.append("\\\\");
                    case '\n' -> data.append("\\n");
                    case '\r' -> data.append("\\r");
                    case '\t' -> data.append("\\t");
                    default -> data.append(c);
                }
            }
        }
    }
}
