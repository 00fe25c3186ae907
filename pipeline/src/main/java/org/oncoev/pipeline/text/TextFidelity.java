package org.oncoev.pipeline.text;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * How faithfully a text reproduces a reference: word recall (bag of tokens), bigram recall (pairs of
 * neighbouring tokens, so reading order and sentences cut by floats count), running page lines left in,
 * and citation markers glued to the word before them. Tokens are NFKC-normalised, lower-cased runs of
 * letters and digits; a candidate's script groups are read as plain text ({@code ^{13}C} as {@code 13C}), as
 * a JATS reference's {@code <sup>} is. Pure functions; the PDF is only opened to find its running lines.
 */
public final class TextFidelity {
    /**
     * A lower-case word of three or more letters with digits glued on ({@code therapy12}, {@code trial.4,5}); not a
     * path segment of a link or DOI ({@code 10.1093/abc/def341}, {@code /pnas.96.21.12186}).
     */
    private static final Pattern GLUED_MARKER =
            Pattern.compile("(?<![\\p{L}\\d^{/])\\p{Ll}{3,}[.,]?\\d{1,3}(?:[,\u2013-]\\d{1,3}){0,8}(?![\\p{L}\\d/]|\\.\\d)");
    private static final Pattern JATS_PART = Pattern.compile("(?s)<(abstract|body)\\b[^>]*>(.*?)</\\1>");
    private static final Pattern TAG = Pattern.compile("<(/?)([\\w:-]{1,40})[^>]{0,2000}>");
    /** Inline JATS elements: removed without a space, so {@code 10<sup>3</sup>} reads {@code 103} like the PDF. */
    private static final Set<String> INLINE = Set.of("sup", "sub", "italic", "bold", "sc", "underline", "monospace",
            "xref", "ext-link", "named-content", "styled-content", "uri", "inline-formula", "email", "roman");
    private static final Pattern SCRIPT_GROUP = Pattern.compile("\\^\\{([^{}\\n]{0,60})\\}");
    private static final int EDGE_LINES = 3, MIN_KEY = 12;

    /** The figures for one candidate text against one reference. */
    public record Score(int referenceWords, double wordRecall, double bigramRecall, int runningLines, int gluedMarkers) {
        public String format(String label) {
            return String.format(Locale.ROOT, "%-10s words %6d  word recall %.4f  bigram recall %.4f  running lines %3d"
                    + "  glued markers %3d", label, referenceWords, wordRecall, bigramRecall, runningLines, gluedMarkers);
        }
    }

    private TextFidelity() {}

    /** Scores {@code candidate} against {@code reference}; {@code runningKeys} come from {@link #runningLines}. */
    public static Score score(String reference, String candidate, Set<String> runningKeys) {
        List<String> ref = tokens(reference), got = tokens(flatten(candidate));
        return new Score(ref.size(), recall(grams(ref, 1), grams(got, 1)), recall(grams(ref, 2), grams(got, 2)),
                countRunning(candidate, runningKeys), (int) GLUED_MARKER.matcher(candidate).results().count());
    }

    /** The reference text: a JATS file's abstract and body without markup, any other file as it is. */
    public static String referenceText(String fileName, String content) {
        if (!isJats(fileName)) return content;
        StringBuilder sb = new StringBuilder();
        Matcher m = JATS_PART.matcher(content);
        while (m.find())
            sb.append(TAG.matcher(m.group(2)).replaceAll(t -> INLINE.contains(t.group(2)) ? "" : " ")).append('\n');
        return unescape(sb.toString());
    }

    /**
     * A plain-text reference without its page furniture: lines that hold or lie inside a running line, and
     * lines of a bare page number ({@code 7}, {@code 7 / 21}).
     */
    public static String withoutRunningLines(String reference, Set<String> runningKeys) {
        StringBuilder sb = new StringBuilder();
        for (String line : reference.split("\\R")) {
            String k = key(line);
            boolean furniture = k.matches("#(?: ?/ ?#)?");
            for (String r : runningKeys) furniture |= k.length() >= MIN_KEY && (r.contains(k) || k.contains(r));
            if (!furniture) sb.append(line).append('\n');
        }
        return sb.toString();
    }

    /**
     * Reference bigrams the candidate lacks (beyond its own count of them), in reference order, each shown
     * with three tokens of context either side; at most {@code limit}.
     */
    public static List<String> missingBigrams(String reference, String candidate, int limit) {
        List<String> ref = tokens(reference);
        Map<String, Integer> left = grams(tokens(flatten(candidate)), 2);
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < ref.size() && out.size() < limit; i++) {
            String g = ref.get(i) + " " + ref.get(i + 1);
            Integer n = left.get(g);
            if (n != null && n > 0) {
                left.put(g, n - 1);
                continue;
            }
            out.add(String.join(" ", ref.subList(Math.max(0, i - 3), i + 1)) + " | "
                    + String.join(" ", ref.subList(i + 1, Math.min(ref.size(), i + 5))));
        }
        return out;
    }

    /** Whether a reference file is read as JATS (by its name). */
    public static boolean isJats(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xml") || name.endsWith(".nxml");
    }

    /** Script groups as plain text: {@code ^{13}C} becomes {@code 13C}, {@code trial^{4}} {@code trial4}. */
    static String flatten(String text) {
        return SCRIPT_GROUP.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    static List<String> tokens(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : t.split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    private static Map<String, Integer> grams(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        return counts;
    }

    private static double recall(Map<String, Integer> want, Map<String, Integer> got) {
        long total = 0, hit = 0;
        for (Map.Entry<String, Integer> e : want.entrySet()) {
            total += e.getValue();
            hit += Math.min(e.getValue(), got.getOrDefault(e.getKey(), 0));
        }
        return total == 0 ? 1 : (double) hit / total;
    }

    /**
     * Running lines of a PDF: lines of two or more words among the first or last three of a page that recur,
     * digits aside, on at least three pages and on at least a third of them; returned digit-normalised
     * (see {@link #key}).
     */
    public static Set<String> runningLines(byte[] pdf) throws IOException {
        Map<String, Integer> pagesWith = new HashMap<>();
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                List<String> lines = new ArrayList<>();
                for (String l : stripper.getText(doc).split("\\R")) if (!l.isBlank()) lines.add(l);
                Set<String> edge = new LinkedHashSet<>();
                for (int i = 0; i < lines.size(); i++)
                    if (i < EDGE_LINES || i >= lines.size() - EDGE_LINES) edge.add(key(lines.get(i)));
                for (String k : edge) // a lone link recurs as figure links (journal.x.g001), not as a page's running line
                    if (k.length() >= MIN_KEY && k.indexOf(' ') > 0 && k.chars().anyMatch(Character::isLetter)) pagesWith.merge(k, 1, Integer::sum);
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        int need = Math.max(3, (pages + 2) / 3);
        pagesWith.forEach((k, n) -> { if (n >= need) keys.add(k); });
        return keys;
    }

    /** Lower-cased, digits as {@code #}, spaces collapsed. */
    static String key(String line) {
        return Normalizer.normalize(line, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }

    private static int countRunning(String text, Set<String> keys) {
        String t = key(text.replace('\n', ' '));
        int n = 0;
        for (String k : keys) for (int i = t.indexOf(k); i >= 0; i = t.indexOf(k, i + k.length())) n++;
        return n;
    }

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]{1,6});");

    private static String unescape(String s) {
        String named = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&nbsp;", "\u00a0");
        String numeric = NUMERIC_ENTITY.matcher(named).replaceAll(m -> {
            int cp;
            try {
                cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            } catch (NumberFormatException e) {
                return " ";
            }
            return Character.isValidCodePoint(cp) ? Matcher.quoteReplacement(Character.toString(cp)) : " ";
        });
        return numeric.replace("&amp;", "&");
    }
}
