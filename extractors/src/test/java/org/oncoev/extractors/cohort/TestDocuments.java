package org.oncoev.extractors.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.Span;

/**
 * Builds documents for tests without the corpus readers: blank-line or single-line paragraphs become body
 * passages, runs of tab-separated lines table passages, sentences split at a full stop before a capital.
 */
public final class TestDocuments {
    private TestDocuments() {}

    private static final Pattern REFERENCES = Pattern.compile("(?i)[#* ]*(?:references|bibliography)[*: ]*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(\\[])");

    /** One body passage holding {@code text}, split into sentences. */
    public static Passage passage(int ordinal, PassageKind kind, String text) {
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        for (int i = 0; i < text.length(); i++) { starts[i] = i; ends[i] = i + 1; }
        return new Passage(ordinal, 0, kind, text, starts, ends, sentences(text), null);
    }

    /** A document from plain text: paragraphs by blank lines (or by lines when there are none), tables by tabs. */
    public static Document document(String fileName, String text) {
        List<Passage> passages = new ArrayList<>();
        boolean blankLines = text.contains("\n\n");
        String[] blocks = blankLines ? text.split("\n\\s*\n") : text.split("\n");
        int offset = 0;
        StringBuilder table = new StringBuilder();
        int tableStart = -1;
        boolean references = false;
        for (String block : blocks) {
            int at = text.indexOf(block, offset);
            offset = at + block.length();
            if (block.isBlank()) continue;
            if (REFERENCES.matcher(block.strip()).matches()) references = true;
            if (references) {
                passages.add(shifted(passages.size(), PassageKind.REFERENCES, block, at));
                continue;
            }
            if (!blankLines && block.indexOf('\t') >= 0) {
                if (tableStart < 0) tableStart = at;
                table.append(table.length() > 0 ? "\n" : "").append(block);
                continue;
            }
            if (tableStart >= 0) {
                passages.add(shifted(passages.size(), PassageKind.TABLE, table.toString(), tableStart));
                table.setLength(0);
                tableStart = -1;
            }
            PassageKind kind = block.indexOf('\t') >= 0 ? PassageKind.TABLE : PassageKind.BODY;
            passages.add(shifted(passages.size(), kind, block, at));
        }
        if (tableStart >= 0) passages.add(shifted(passages.size(), PassageKind.TABLE, table.toString(), tableStart));
        return new Document(fileName, "text", null, text, List.of(), passages, null, List.of());
    }

    private static Passage shifted(int ordinal, PassageKind kind, String text, int at) {
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        for (int i = 0; i < text.length(); i++) { starts[i] = at + i; ends[i] = at + i + 1; }
        return new Passage(ordinal, 0, kind, text, starts, ends, sentences(text), null);
    }

    static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            out.add(new Span(start, m.start()));
            start = m.end();
        }
        if (start < text.length()) out.add(new Span(start, text.length()));
        return out;
    }
}
