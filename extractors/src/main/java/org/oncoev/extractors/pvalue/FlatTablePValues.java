package org.oncoev.extractors.pvalue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.corpus.Passage;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.Relation;
import org.oncoev.extractors.text.StartScan;

/**
 * P-values in tables whose cells were flattened into running text (no tabs): a {@code Table N.} segment inside a
 * passage (it runs to the next such segment or the passage end), or a whole passage that reads as a table (no
 * {@code Table N.} marker, whose P label within the first {@value #HEADER_SPAN} characters follows a group size such
 * as {@code (n=41)} or is followed by a capitalised row label or a number, with no sentence before it and no
 * sentence punctuation at the passage end: a table printed one cell per line and joined into one passage, or a
 * table whose title the reader split off).
 * <p>Rule (precision first): the header (the text before the first p-like number) must hold standalone P column
 * labels ({@code P}, {@code P value}, {@code P-value}), not followed by a relation or number. After the last label,
 * the text is cut into rows at each word that follows a number; in each row, bare p-like numbers ({@code 0.xx}
 * with two or more decimals, {@code .xxx}, {@code 1.00}, {@code 1.000}, {@code <0.001}, {@code < .001}) that are
 * outside parentheses, not followed by {@code %} or a parenthesised group, not part of a range or a {@code ±}
 * pair are the row's p-values, but only when the row holds no more of them than the header has P labels (a row of
 * rates {@code 0.45 0.52 0.61} under one P label gives nothing). Cells glued without spaces are cut apart after a
 * closing bracketed data cell that holds a digit ({@code (88.9)0.382Next}, {@code (49.7%).82}, {@code (n = 90)<.001});
 * such a glued value counts only when it ends its row (a row label, an integer, another p-like value or nothing follows,
 * never a bracket or a decimal cell). A number glued to a letter ({@code surgery57}) stays part of its row label, and
 * a title glued to its first word ({@code Table 1Patients}) after a space starts a segment. Pure; segments are capped
 * at {@value #MAX_SEGMENT} characters.
 */
final class FlatTablePValues {
    /** Regexes compiled once (they ran as String.split/replaceAll/matches, compiling on every call). */
    private static final java.util.regex.Pattern RX_DIGIT_NEAR_START = java.util.regex.Pattern.compile(".{0,3}\\d.*");
    private FlatTablePValues() {}

    static final int HEADER_SPAN = 400;
    static final int MAX_SEGMENT = 20_000;
    private static final int MAX_TITLE_HEADER = 1200;

    /** A table title at a passage or sentence start or after a previous table's last cell: {@code Table 2.}, {@code Table 2Best}. */
    private static final Pattern TITLE = Pattern.compile("(?:^|(?<=[.!?)\\]%\\d]\\s?))Table\\s{0,2}\\d{1,2}(?:[.:]|(?=\\s?\\p{Lu}))"
            + "|(?<=\\s)Table\\s?\\d{1,2}(?=\\p{Lu}\\p{Ll})");

    /** A standalone P column label (not a P with a relation or number after it), or {@code p-value} / {@code p value*} glued onto the first row label (and maybe onto the arm header before it). */
    private static final Pattern LABEL = Pattern.compile("(?<![\\p{L}\\p{N}=<>])(?:P|[Pp]\\s?-?\\s?values?)"
            + "(?:\\s?\\([^()]{1,20}\\))?[*†‡§¶a-d]?(?=\\s|$)(?!\\s{0,2}(?:[=<>≤≥:]|(?:was|were|is|are|of)\\b|0?\\.\\d))"
            + "|(?<![\\p{N}])[Pp]\\s?-?\\s?values?[*†‡§¶]?(?=\\p{Lu}\\p{Ll})");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s\\p{Lu}");
    private static final Pattern ROW_LABEL_NEXT = Pattern.compile("\\s{1,3}[\\p{Lu}\\d]");
    private static final Pattern GROUP_SIZE = Pattern.compile("\\(\\s?[Nn]\\s?=\\s?\\d");
    private static final Pattern P_LIKE = Pattern.compile("(?<rel>[<≤])?\\s?(?<num>0?\\.\\d{2,5}|1\\.0{2,3})");
    private static final Pattern NUMBER_START = Pattern.compile("[-–(\\[<≤>≥]?\\d|[-–]$|\\.\\d");
    private static final Pattern RANGE_WORD = Pattern.compile("[-–—]|to|±");
    /** A p-like value glued to the row label after it: {@code 0.382Non}, {@code <.001Insurance}. */
    private static final Pattern GLUED_P = Pattern.compile("[<≤]?(?:0?\\.\\d{2,5}|1\\.0{2,3})(?=\\p{L})");
    /** A reference mark after a value: {@code 1.00 (ref)}, {@code 1 [reference]}. */
    /** A p-like value glued to a capitalised label after it. */
    private static final Pattern LABEL_GLUED_P = Pattern.compile("(?:0?\\.\\d{2,5}|1\\.0{2,3})(?=\\p{Lu}\\p{Ll})");
    private static final Pattern REFERENCE = Pattern.compile("(?i)[(\\[]?ref");
    private static final Pattern DECIMAL_CELL = Pattern.compile("[<≤>≥]?\\d{1,6}\\.\\d");
    private static final int MAX_CELL_GROUP = 40;
    private static final Pattern TRAILING_MARKS = Pattern.compile("[*†‡§¶#,;]{1,3}$");
    private static final Pattern TRAILING_LETTER = Pattern.compile("(?<=\\d)[a-d]$");
    private static final Pattern DECIMAL_OR_BOUND = Pattern.compile("[<≤]?\\s?[\\d.]+");
    private static final Pattern RANGE_TOKEN = Pattern.compile("\\(?\\d{0,4}\\.?\\d{1,4}\\s?[-–—]\\s?\\d{0,4}\\.?\\d{1,4}\\)?[,;]?");

    /** A whitespace token or a piece of one; {@code glued}: it starts right after a closing data cell {@code (83.8)}. */
    private record Token(String text, int start, int end, int depth, boolean glued) {}

    /** Findings of {@code passage}, read from {@code text} (the passage text or a same-length view of it). */
    static List<Finding> extract(PValueExtractor extractor, Passage passage, String text) {
        List<Finding> out = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        // a title starts at the word Table: the regex is tried only there (most passages have none)
        StartScan title = StartScan.atLiteral(TITLE, text, "Table");
        for (int from = 0; title.find(from); from = title.next()) starts.add(title.matcher().start());
        if (starts.isEmpty()) {
            if (readsAsTable(text)) segment(extractor, passage, text, 0, Math.min(text.length(), MAX_SEGMENT), HEADER_SPAN, out);
            return out;
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            segment(extractor, passage, text, starts.get(i), Math.min(end, starts.get(i) + MAX_SEGMENT), MAX_TITLE_HEADER, out);
        }
        return out;
    }

    /** A passage that is a table's cells: no sentence before a P label near its start, no final punctuation. */
    static boolean readsAsTable(String text) {
        String t = text.strip();
        if (t.isEmpty() || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0) return false;
        Matcher label = LABEL.matcher(t).region(0, Math.min(t.length(), HEADER_SPAN));
        while (label.find()) {
            String header = t.substring(0, label.start());
            if (SENTENCE_END.matcher(header).find()) return false;
            if (GROUP_SIZE.matcher(header).find() || ROW_LABEL_NEXT.matcher(t).region(label.end(), t.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static void segment(PValueExtractor extractor, Passage passage, String text, int from, int to,
                                int headerSpan, List<Finding> out) {
        List<Token> tokens = tokens(text, from, to);
        int first = -1;
        for (int i = 0; i < tokens.size() && first < 0; i++) {
            if (candidate(tokens, i) != null) first = i;
        }
        if (first < 0) return;
        int headerEnd = Math.min(tokens.get(first).start(), from + headerSpan);
        int labels = 0;
        int lastLabelEnd = -1;
        Matcher label = LABEL.matcher(text).region(from, headerEnd);
        while (label.find()) {
            labels++;
            lastLabelEnd = label.end();
        }
        if (labels == 0) return;
        List<Matcher> row = new ArrayList<>();
        List<Token> rowTokens = new ArrayList<>();
        boolean seenNumber = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() < lastLabelEnd) continue;
            boolean word = t.depth() == 0 && isWord(t.text());
            if (word && seenNumber) {
                emit(extractor, passage, row, rowTokens, labels, out);
                row.clear();
                rowTokens.clear();
                seenNumber = false;
            }
            if (word) continue;
            if (NUMBER_START.matcher(t.text()).lookingAt()) seenNumber = true;
            Matcher m = candidate(tokens, i);
            if (m != null) {
                row.add(m);
                rowTokens.add(t);
                if (t.text().equals("<") || t.text().equals("≤")) i++;
            }
        }
        emit(extractor, passage, row, rowTokens, labels, out);
    }

    private static void emit(PValueExtractor extractor, Passage passage, List<Matcher> row, List<Token> rowTokens,
                             int labels, List<Finding> out) {
        if (row.isEmpty() || row.size() > labels) return;
        for (int i = 0; i < row.size(); i++) {
            Matcher m = row.get(i);
            Token t = rowTokens.get(i);
            double value = PValueSyntax.parseNumber(m.group("num"));
            Relation relation = m.group("rel") == null ? Relation.EQ : PValueSyntax.relation(m.group("rel"));
            if (relation == null || Double.isNaN(value)) continue;
            out.add(extractor.finding(passage, t.start(), t.start() + m.end(), relation, value, true, 0.8));
        }
    }

    /** The p-like match of token {@code i} (a lone {@code <} joins the next token), or null when it is not one. */
    private static Matcher candidate(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.depth() > 0) return null;
        String s = stripMarks(t.text());
        if ((s.equals("<") || s.equals("≤")) && i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            if (next.start() - t.end() > 2) return null;
            s = s + " " + stripMarks(next.text());
            if (!P_LIKE.matcher(s).matches() || after(tokens, i + 1)) return null;
            if (t.glued() && !endsRow(tokens, i + 1)) return null;
            Matcher m = P_LIKE.matcher(s);
            m.matches();
            return m;
        }
        Matcher m = P_LIKE.matcher(s);
        if (!m.matches()) return null;
        if (i > 0 && RANGE_WORD.matcher(tokens.get(i - 1).text()).matches()) return null;
        if (i > 0 && tokens.get(i - 1).text().endsWith("±")) return null;
        if (t.glued() && !endsRow(tokens, i)) return null;
        return after(tokens, i) ? null : m;
    }

    /**
     * True when a value glued to the cell before it ends its row: nothing, a row label (a word, an integer or
     * an integer range, {@code <60}) or another p-like value follows; not a bracket or a decimal data cell.
     */
    private static boolean endsRow(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) return true;
        String next = tokens.get(i + 1).text();
        if (next.startsWith("(") || next.startsWith("[")) return false;
        if (isWord(next) || P_LIKE.matcher(stripMarks(next)).matches()) return true;
        return !DECIMAL_CELL.matcher(next).lookingAt();
    }

    /** True when what follows token {@code i} makes it a non-p number: %, a range, ±, a parenthesised group, a reference mark. */
    private static boolean after(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) return false;
        String next = tokens.get(i + 1).text();
        return next.startsWith("%") || next.startsWith("±") || RANGE_WORD.matcher(next).matches() || REFERENCE.matcher(next).lookingAt()
                || (RANGE_TOKEN.matcher(next).matches() && next.contains("."))
                || ((next.startsWith("(") || next.startsWith("[")) && RX_DIGIT_NEAR_START.matcher(next).matches());
    }

    private static String stripMarks(String s) {
        String t = hasMark(s) ? TRAILING_MARKS.matcher(s).replaceAll("") : s;
        return endsNearLetterAToD(t) ? TRAILING_LETTER.matcher(t).replaceAll("") : t;
    }

    /** True when {@code s} holds one of {@link #TRAILING_MARKS}' characters. */
    private static boolean hasMark(String s) {
        for (int i = 0; i < s.length(); i++) if ("*†‡§¶#,;".indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }

    /** True when one of the last two characters is {@code a}-{@code d} ({@link #TRAILING_LETTER}, maybe before a line end). */
    private static boolean endsNearLetterAToD(String s) {
        int n = s.length();
        return n > 0 && s.charAt(n - 1) >= 'a' && s.charAt(n - 1) <= 'd' || n > 1 && s.charAt(n - 2) >= 'a' && s.charAt(n - 2) <= 'd';
    }

    private static boolean isWord(String s) {
        if (s.startsWith("(") || s.startsWith("[")) return false;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) return !DECIMAL_OR_BOUND.matcher(stripMarks(s)).matches();
        }
        return false;
    }

    /**
     * Whitespace tokens of {@code [from, to)} with the bracket depth before each token. Cells glued without a
     * space are cut apart after a closing data cell ({@code (83.8)0.382}, {@code (n = 8243)<.001}) and a glued
     * p-like value is cut from the row label after it ({@code 0.382Non-radical}).
     */
    private static List<Token> tokens(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int[] depth = {0};
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(text.charAt(i))) i++;
            int s = i;
            while (i < to && !Character.isWhitespace(text.charAt(i))) i++;
            if (s == i) break;
            boolean glued = false;
            while (true) {
                int cut = i;
                boolean nextGlued = false;
                Matcher p = glued ? GLUED_P.matcher(text).region(s, i) : null;
                if (p != null && p.lookingAt()) {
                    cut = p.end();
                } else {
                    for (int k = s + 1; k < i && !nextGlued; k++) {
                        if (gluedAfterCell(text, k, from)) {
                            cut = k;
                            nextGlued = true;
                        }
                    }
                }
                add(out, text, s, cut, depth, glued);
                if (cut == i) break;
                s = cut;
                glued = nextGlued;
            }
        }
        return out;
    }

    private static void add(List<Token> out, String text, int s, int e, int[] depth, boolean glued) {
        String tok = text.substring(s, e);
        out.add(new Token(tok, s, e, depth[0], glued));
        for (int k = 0; k < tok.length(); k++) {
            char c = tok.charAt(k);
            if (c == '(' || c == '[') depth[0]++;
            else if ((c == ')' || c == ']') && depth[0] > 0) depth[0]--;
        }
        if (depth[0] > 3) depth[0] = 3;
    }

    /** True when {@code k} directly follows a bracketed cell holding a digit, an empty-cell mark {@code ..} or (for a p-like value glued to a capitalised label) a lowercase letter, and starts a cell or a label. */
    private static boolean gluedAfterCell(String text, int k, int floor) {
        // an empty-cell mark ".." glued to the next cell: "....0.63Nausea"
        if (k - 2 >= floor && text.charAt(k - 1) == '.' && text.charAt(k - 2) == '.'
                && (Character.isDigit(text.charAt(k)) || text.charAt(k) == '<' || text.charAt(k) == '≤')) return true;
        char c = text.charAt(k - 1);
        // a group row's p-value glued between its label and the first sub-row label: "Surgery performed0.41Open"
        if (Character.isLowerCase(c) && k < text.length() && "01.".indexOf(text.charAt(k)) >= 0 // the pattern's first characters
                && LABEL_GLUED_P.matcher(text).region(k, Math.min(text.length(), k + 12)).lookingAt()) return true;
        if (c != ')' && c != ']') return false;
        char n = text.charAt(k);
        boolean starts = Character.isLetterOrDigit(n) || n == '<' || n == '≤'
                || (n == '.' && k + 1 < text.length() && Character.isDigit(text.charAt(k + 1)));
        if (!starts) return false;
        boolean digit = false;
        for (int j = k - 2; j >= Math.max(floor, k - 1 - MAX_CELL_GROUP); j--) {
            char b = text.charAt(j);
            if (b == ')' || b == ']') return false;
            if (b == '(' || b == '[') return digit;
            if (Character.isDigit(b)) digit = true;
        }
        return false;
    }
}
