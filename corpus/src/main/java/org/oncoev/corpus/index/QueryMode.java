package org.oncoev.corpus.index;

/** How a query string is read. */
public enum QueryMode {
    /** Lucene's classic syntax with fields, ranges and operators; malformed input is an error. */
    STRICT,
    /** Lucene's simple syntax over text and title ({@code + | - " * ( ) ~}); never fails. */
    SIMPLE
}
