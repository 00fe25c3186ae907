package org.oncoev.extractors.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.survival.EndpointLexicon.Mention;
import org.oncoev.extractors.survival.SentenceSurvivalReader.Candidate;
import org.oncoev.extractors.text.Needle;

/**
 * Medians in table text that has no grid (a table flattened into a run of cells): cells written as a value with
 * its interval ({@code 26.8(25.8-28.3)}, {@code 2.7 (2.1-3.3)}, {@code 34.0(21.8-NA)}) under a header or row label
 * that names an endpoint, a median and a time unit together ({@code OS(months)Median(95%CI)},
 * {@code PFS (month) Median (95%, CI)}). Each cell is one median; its arm is the row label before it (the last
 * words before the cell, past the counts of its row). No cell is read past a hazard-ratio header, and a cell whose
 * interval does not hold its value is no median. Offsets are relative to the text given. Stateless.
 */
final class MedianCiCells {

    /** Longest table text read. */
    static final int MAX_TEXT = 30_000;
    private static final Pattern CELL = Pattern.compile(
            "(?<![\\w.\u00b7/-])(\\d{1,3}(?:\\.\\d{1,2})?)\\s?\\(\\s?(\\d{1,3}(?:\\.\\d{1,3})?)\\s?[-\u2013\u2014]\\s?"
            + "(\\d{1,3}(?:\\.\\d{1,3})?|NA|NR|NE)\\s?\\)");
    private static final Pattern MEDIAN = Pattern.compile("(?i)\\bmedian");
    private static final Pattern UNIT = Pattern.compile("(?i)\\b(months?|mos?|years?|weeks?|days?)\\b");
    private static final Pattern NOT_MEDIAN_HEADER = Pattern.compile("\\bHRs?\\b|(?i:hazard|odds\\s+ratio|\\brange\\b)|\\bORs?\\b|IQR");
    private static final Pattern TABLE_MARK = Pattern.compile("\\bTable\\s+\\d{1,2}\\b");
    private static final Pattern LABEL_TOKEN = Pattern.compile("[^\\s]+");
    private static final int CONTEXT = 40;
    private static final Pattern LABEL_EDGES = Pattern.compile("^[^\\p{L}\\p{N}<>≤≥]+|[^\\p{L}\\p{N}%)]+$");
    private static final Pattern HEADER_WORDS = Pattern.compile("(?i).*\\b(?:CI|median|months?|years?)\\)?");

    private MedianCiCells() {}

    /** Medians of a table passage's text. */
    static List<Candidate> table(String text) {
        return read(text, 0);
    }

    /** {@code edian} ({@code Median} in either case), found from its rarer {@code d}. */
    private static final Needle EDIAN = Needle.of("edian");

    /** Medians of flattened tables inside a body passage: the text from each {@code Table N} mark on. */
    static List<Candidate> inline(String text) {
        if (text.indexOf("Table") < 0 || EDIAN.in(text) < 0) return List.of();
        Matcher t = TABLE_MARK.matcher(text);
        return t.find() ? read(text, t.start()) : List.of();
    }

    private static List<Candidate> read(String text, int from) {
        List<Candidate> out = new ArrayList<>();
        String s = text.length() - from > MAX_TEXT ? text.substring(0, from + MAX_TEXT) : text;
        if (s.indexOf("edian", from) < 0 || s.indexOf('(', from) < 0) return out;
        List<Mention> mentions = mentions(s, from);
        if (mentions.stream().noneMatch(m -> isHeader(s, from, m))) return out;
        List<Integer> blocks = new ArrayList<>();
        Matcher b = NOT_MEDIAN_HEADER.matcher(s).region(from, s.length());
        while (b.find()) blocks.add(b.start());
        Matcher c = CELL.matcher(s).region(from, s.length());
        while (c.find()) {
            Mention h = null;
            for (Mention m : mentions) if (m.end() <= c.start()) h = m;
            // the nearest endpoint before the cell must be named with a median and a unit
            if (h != null && !isHeader(s, from, h)) continue;
            if (h == null || blockedBetween(blocks, h.end(), c.start())) continue;
            double value = NumberScanner.parse(c.group(1));
            double lo = NumberScanner.parse(c.group(2));
            boolean open = !Character.isDigit(c.group(3).charAt(0));
            Double hi = open ? null : NumberScanner.parse(c.group(3));
            if (value < lo || hi != null && value > hi) continue;
            String unit = unitNear(s, h);
            Fact.Survival f = new Fact.Survival(h.endpoint(), "median", value, null, unit, null,
                    open ? null : lo, hi);
            out.add(new Candidate(f, c.start(), c.end(), 0.7, label(s, Math.max(h.end(), from), c.start()),
                    SurvivalSanity.checkMedian(f), c.start(), -1));
        }
        return out;
    }

    /** True when a hazard-ratio (or range) header starts in {@code [from, to)}. */
    private static boolean blockedBetween(List<Integer> blocks, int from, int to) {
        for (int b : blocks) if (b >= from && b < to) return true;
        return false;
    }

    /** The endpoint mentions of the table text, with offsets into {@code s}. */
    private static List<Mention> mentions(String s, int from) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : EndpointLexicon.find(s.substring(from))) {
            out.add(new Mention(m.endpoint(), m.start() + from, m.end() + from, m.median()));
        }
        return out;
    }

    /** An endpoint named with a median and a time unit within {@link #CONTEXT} characters ({@code OS(months)Median}). */
    private static boolean isHeader(String s, int from, Mention m) {
        if (m.endpoint() == null) return false;
        String near = s.substring(Math.max(from, m.start() - CONTEXT), Math.min(s.length(), m.end() + CONTEXT));
        return MEDIAN.matcher(near).find() && UNIT.matcher(near).find();
    }

    private static String unitNear(String s, Mention h) {
        Matcher u = UNIT.matcher(s).region(Math.max(0, h.start() - CONTEXT), Math.min(s.length(), h.end() + CONTEXT));
        return u.find() ? NumberScanner.canonicalUnit(u.group(1).toLowerCase(Locale.ROOT)) : "months";
    }

    /** The last run of words before {@code end} (after {@code from}), past numbers and cells: the row label. */
    private static String label(String s, int from, int end) {
        List<String> tokens = new ArrayList<>();
        Matcher t = LABEL_TOKEN.matcher(s).region(Math.max(from, end - 200), end);
        while (t.find()) tokens.add(t.group());
        List<String> words = new ArrayList<>();
        for (int i = tokens.size() - 1; i >= 0 && words.size() < 6; i--) {
            String tok = tokens.get(i);
            boolean word = tok.chars().anyMatch(Character::isLetter) && !tok.contains("(");
            if (word) words.add(0, tok);
            else if (!words.isEmpty()) break;
        }
        String l = LABEL_EDGES.matcher(String.join(" ", words)).replaceAll("");
        return l.isEmpty() || HEADER_WORDS.matcher(l).matches() ? null : l;
    }
}
