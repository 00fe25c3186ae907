package org.oncoev.corpus.sentence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.oncoev.corpus.FileBudget;
import org.oncoev.corpus.Span;

/**
 * Sentence boundaries from the OpenNLP English sentence model shipped by the Maven artifact
 * {@code opennlp-models-sentdetect-en} (loaded once from the classpath; one detector per thread),
 * repaired for scientific prose by {@link BoundaryRules}: a split is undone inside unbalanced brackets,
 * after a comma, semicolon, operator or range dash, before a lower-case letter, digit continuation,
 * closing bracket, comma, semicolon or percent sign, inside a decimal, after protected abbreviations
 * ({@code vs.}, {@code i.v.}, {@code Fig.}, {@code Ltd.} before a number or bracket, {@code J. Smith}
 * initials) and before a bare citation ({@code [22].}). Merged sentences are bounded to
 * {@link BoundaryRules#MAX_MERGED} characters. The model's cost grows with the square of a run without
 * white space (each candidate end looks at its whole token), so such runs are cut every {@link #MAX_RUN}
 * characters before detection and the split stays linear in the text; the file budget
 * ({@link org.oncoev.corpus.FileBudget}) is checked per cut piece. Thread-safe.
 */
public final class SentenceSplitter {
    private static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final SentenceModel MODEL = loadModel();
    private static final ThreadLocal<SentenceDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(MODEL));

    /** Longest run without white space handed to the model in one piece. */
    static final int MAX_RUN = 256;

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
        List<opennlp.tools.util.Span> raw = detect(text);
        List<Span> merged = new ArrayList<>(raw.size());
        int curStart = -1, curEnd = -1, depth = 0;
        for (opennlp.tools.util.Span s : raw) {
            Span span = trim(text, s.getStart(), s.getEnd());
            if (span == null) continue;
            if (curStart >= 0 && span.end() - curStart <= BoundaryRules.MAX_MERGED
                    && BoundaryRules.joins(text, curStart, curEnd, depth, span.start(), span.end())) {
                depth = BoundaryRules.depthAfter(text, curEnd, span.end(), depth);
                curEnd = span.end();
            } else {
                if (curStart >= 0) merged.add(new Span(curStart, curEnd));
                curStart = span.start();
                curEnd = span.end();
                depth = BoundaryRules.depthAfter(text, curStart, curEnd, 0);
            }
        }
        if (curStart >= 0) merged.add(new Span(curStart, curEnd));
        if (merged.isEmpty()) {
            Span all = trim(text, 0, text.length());
            if (all != null) merged.add(all);
        }
        return List.copyOf(merged);
    }

    /**
     * The model's sentence spans over {@code text}, which is cut inside every run of more than {@link #MAX_RUN}
     * characters without white space; a text without such runs goes to the model whole.
     */
    private static List<opennlp.tools.util.Span> detect(String text) {
        SentenceDetectorME detector = DETECTOR.get();
        List<opennlp.tools.util.Span> out = new ArrayList<>();
        int from = 0, run = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) run = 0;
            else if (++run > MAX_RUN) {
                detect(detector, text, from, i, out);
                from = i;
                run = 1;
            }
        }
        detect(detector, text, from, text.length(), out);
        return out;
    }

    private static void detect(SentenceDetectorME detector, String text, int from, int to,
                               List<opennlp.tools.util.Span> out) {
        FileBudget.check("sentence splitting");
        String piece = from == 0 && to == text.length() ? text : text.substring(from, to);
        for (opennlp.tools.util.Span s : detector.sentPosDetect(piece))
            out.add(new opennlp.tools.util.Span(s.getStart() + from, s.getEnd() + from));
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

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return start < end ? new Span(start, end) : null;
    }
}
