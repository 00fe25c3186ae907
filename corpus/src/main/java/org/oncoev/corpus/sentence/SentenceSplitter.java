package org.oncoev.corpus.sentence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.oncoev.corpus.Span;

/**
 * Sentence boundaries from the OpenNLP English sentence model shipped by the Maven artifact
 * {@code opennlp-models-sentdetect-en} (loaded once from the classpath; one detector per thread),
 * repaired for scientific prose: a split is undone after protected abbreviations ({@code vs.},
 * {@code i.v.}, {@code et al.}, {@code Fig.}, {@code No.}, {@code approx.}, {@code p.o.}, {@code e.g.},
 * {@code i.e.}, {@code ca.}, {@code resp.} and similar), inside a decimal number, and before a sentence
 * that starts with a lower-case letter or a digit continuing a number. Thread-safe.
 */
public final class SentenceSplitter {
    private static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final Set<String> PROTECTED = Set.of("vs", "v", "i.v", "i.m", "i.p", "s.c", "p.o", "e.g", "i.e",
            "al", "fig", "figs", "no", "nos", "approx", "ca", "resp", "cf", "ref", "refs", "vol", "pp", "dr",
            "prof", "sp", "spp", "var", "b.i.d", "t.i.d", "q.d", "q.i.d", "eq", "eqs", "tab", "suppl", "incl",
            "ed", "eds", "univ", "dept", "appr", "corp", "jr", "sr", "viz", "pt", "pts", "u.s", "u.k");
    private static final SentenceModel MODEL = loadModel();
    private static final ThreadLocal<SentenceDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(MODEL));

    private SentenceSplitter() {}

    private static SentenceModel loadModel() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) throw new IllegalStateException("sentence model " + MODEL_RESOURCE + " not on the classpath");
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load sentence model", e);
        }
    }

    /** Sentences of prose text as spans into {@code text}, trimmed, in order, non-overlapping. */
    public static List<Span> split(String text) {
        if (text.isBlank()) return List.of();
        opennlp.tools.util.Span[] raw = DETECTOR.get().sentPosDetect(text);
        List<Span> merged = new ArrayList<>(raw.length);
        for (opennlp.tools.util.Span s : raw) {
            Span span = trim(text, s.getStart(), s.getEnd());
            if (span == null) continue;
            if (!merged.isEmpty() && shouldMerge(text, merged.get(merged.size() - 1), span)) {
                Span prev = merged.remove(merged.size() - 1);
                merged.add(new Span(prev.start(), span.end()));
            } else {
                merged.add(span);
            }
        }
        if (merged.isEmpty()) {
            Span all = trim(text, 0, text.length());
            if (all != null) merged.add(all);
        }
        return List.copyOf(merged);
    }

    /** One span per non-blank line (for tables, whose rows are lines). */
    public static List<Span> splitLines(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                Span s = trim(text, start, i);
                if (s != null) out.add(s);
                start = i + 1;
            }
        }
        return List.copyOf(out);
    }

    static boolean shouldMerge(String text, Span prev, Span next) {
        char first = text.charAt(next.start());
        if (Character.isLowerCase(first)) return true;
        char last = text.charAt(prev.end() - 1);
        if (last != '.') return false;
        if (Character.isDigit(first) && prev.end() >= 2 && Character.isDigit(text.charAt(prev.end() - 2))
                && next.start() == prev.end()) return true;
        String word = lastToken(text, prev).toLowerCase(Locale.ROOT);
        if (word.endsWith(".")) word = word.substring(0, word.length() - 1);
        return PROTECTED.contains(word) || (word.startsWith("(") && PROTECTED.contains(word.substring(1)));
    }

    private static String lastToken(String text, Span s) {
        int i = s.end() - 1;
        while (i > s.start() && !Character.isWhitespace(text.charAt(i - 1))) i--;
        return text.substring(i, s.end());
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return start < end ? new Span(start, end) : null;
    }
}
