package org.oncoev.extractors.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.oncoev.extractors.survival.NumberScanner.Kind;
import org.oncoev.extractors.survival.NumberScanner.Num;

/**
 * Links the numbers of one sentence ({@link NumberScanner#numbers}) written as one list ({@code 85.4, 72.0, and
 * 67.2%}, {@code 24.1 vs 17.3 months}, {@code 1-, 2-, and 3-year}) into {@link Chain}s. Bare list members take the
 * unit of the next member that has one. Stateless and thread-safe.
 */
final class NumberChains {
    private static final Pattern LIST_SEP = Pattern.compile(
            "\\s*(?:[,;]\\s*(?:(?:and|or)\\s+)?|,?\\s*(?:and|or)\\s+)(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern VS_SEP = Pattern.compile(
            "\\s*[,;]?\\s*(?:vs\\.?|versus|v\\.|compared\\s+(?:with|to))\\s*(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    /**
     * Between the two values of {@code rose from 4.6 to 7.1 months} ({@link FromTo}) or of {@code from 3.2
     * (high risk) to 7.8 years}, whose brackets name the two groups.
     */
    private static final Pattern CHANGE_SEP = Pattern.compile("\\s*(?:\\([^()]{1,40}\\)\\s*)?to\\s+", Pattern.CASE_INSENSITIVE);

    private NumberChains() {}

    /** Numbers written as one list, in order. */
    record Chain(List<Num> members) {
        int start() { return members.get(0).start(); }
        int end() { return members.get(members.size() - 1).end(); }
        Kind kind() { return members.get(members.size() - 1).kind(); }
        boolean adjectival() { return members.stream().anyMatch(Num::adjectival); }
    }

    /** Numbers linked into list chains. */
    static List<Chain> of(String s) {
        List<Num> nums = NumberScanner.numbers(s);
        List<Chain> out = new ArrayList<>();
        List<Num> cur = new ArrayList<>();
        for (Num n : nums) {
            if (!cur.isEmpty()) {
                Num prev = cur.get(cur.size() - 1);
                String between = s.substring(prev.end(), n.start());
                boolean vs = VS_SEP.matcher(between).matches() || cur.size() == 1 && CHANGE_SEP.matcher(between).matches()
                        && FromTo.mayApply(s, prev.start()) && (between.indexOf('(') >= 0
                        || FromTo.at(s, prev.start()) == FromTo.Reading.CHANGE);
                // "19 months, and the 2-year rate": a duration and a time point are not one list
                boolean sameKind = prev.kind() == Kind.BARE || n.kind() == Kind.BARE
                        || prev.kind() == n.kind() && (n.kind() != Kind.TIME || prev.adjectival() == n.adjectival());
                if (sameKind && (vs || LIST_SEP.matcher(between).matches())) {
                    cur.add(new Num(n.start(), n.end(), n.unitEnd(), n.value(), n.max(), n.kind(), n.unit(),
                            n.adjectival(), vs, n.qualifier(), n.ciLow(), n.ciHigh()));
                    continue;
                }
                out.add(inherit(cur));
                cur = new ArrayList<>();
            }
            cur.add(n);
        }
        if (!cur.isEmpty()) out.add(inherit(cur));
        return out;
    }

    private static Chain inherit(List<Num> members) {
        List<Num> res = new ArrayList<>(members);
        Num donor = null;
        for (int i = res.size() - 1; i >= 0; i--) {
            Num n = res.get(i);
            if (n.kind() != Kind.BARE) donor = n;
            else if (donor != null) res.set(i, n.withUnit(donor.kind(), donor.unit(), n.adjectival() || donor.adjectival()));
        }
        return new Chain(List.copyOf(res));
    }
}
