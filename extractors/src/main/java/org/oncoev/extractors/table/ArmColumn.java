package org.oncoev.extractors.table;

/**
 * An arm (group) column of a table: the grid column, the arm name as the header prints it (without its size),
 * the size from {@code (n = 41)}, {@code (N=51)}, {@code n = 89} in the header or null, and the passage range of
 * the header text that names it ({@code headerStart}/{@code headerEnd}, into the passage text).
 */
public record ArmColumn(int column, String name, Integer size, int headerStart, int headerEnd) {}
