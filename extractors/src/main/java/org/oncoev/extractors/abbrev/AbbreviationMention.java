package org.oncoev.extractors.abbrev;

/** An occurrence of a defined short form in a text: characters {@code [start, end)} and its definition. */
public record AbbreviationMention(int start, int end, Abbreviation abbreviation) {}
