package org.oncoev.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The text of a document that is not read for evidence, as source ranges with their reason. Ranges are
 * half-open {@code [start, end)} into {@link Document#sourceText()}, non-empty, sorted by start and
 * non-overlapping. Characters are counted in source characters. Immutable.
 */
public record Exclusions(List<Range> ranges) {
    /** One excluded source range and why it was excluded. */
    public record Range(int start, int end, ExclusionReason reason) {
        public Range {
            Objects.requireNonNull(reason, "reason");
            if (start < 0 || end <= start) throw new IllegalArgumentException("empty or negative range " + start + "-" + end);
        }

        public int length() { return end - start; }
    }

    public static final Exclusions NONE = new Exclusions(List.of());

    public Exclusions {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(Range::start));
        for (int i = 1; i < sorted.size(); i++)
            if (sorted.get(i).start() < sorted.get(i - 1).end()) throw new IllegalArgumentException("overlapping excluded ranges");
        ranges = List.copyOf(sorted);
    }

    /** Excluded characters per reason, in reason order; reasons without text are left out. */
    public Map<ExclusionReason, Integer> charsByReason() {
        Map<ExclusionReason, Integer> out = new EnumMap<>(ExclusionReason.class);
        for (Range r : ranges) out.merge(r.reason(), r.length(), Integer::sum);
        return out;
    }

    /** Excluded characters for one reason. */
    public int chars(ExclusionReason reason) {
        int n = 0;
        for (Range r : ranges) if (r.reason() == reason) n += r.length();
        return n;
    }

    /** All excluded characters. */
    public int totalChars() {
        int n = 0;
        for (Range r : ranges) n += r.length();
        return n;
    }

    /**
     * The exclusions a reader that gives no reasons implies: every passage that is not evidence-bearing and
     * not a heading, by its kind (references, affiliations; boilerplate counts as journal furniture).
     */
    public static Exclusions fromPassages(List<Passage> passages) {
        List<Range> out = new ArrayList<>();
        for (Passage p : passages) {
            ExclusionReason reason = switch (p.kind()) {
                case REFERENCES -> ExclusionReason.REFERENCES;
                case AFFILIATION -> ExclusionReason.AFFILIATIONS;
                case BOILERPLATE -> ExclusionReason.FURNITURE;
                default -> null;
            };
            if (reason != null && p.charEnd() > p.charStart()) out.add(new Range(p.charStart(), p.charEnd(), reason));
        }
        return new Exclusions(out);
    }
}
