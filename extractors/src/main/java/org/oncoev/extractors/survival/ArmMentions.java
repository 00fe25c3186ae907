package org.oncoev.extractors.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.text.Folded;
import org.oncoev.extractors.text.Keywords;
import org.oncoev.extractors.text.StartChars;
import org.oncoev.extractors.text.StartScan;

/**
 * Finds the arm labels a sentence gives ({@code in the ATRA plus FOLFOX4 group}, {@code than the FOLFOX4
 * group}, {@code patients treated with TACE plus IMRT alone}, {@code for sorafenib and placebo groups}) and
 * any document-level labels from the extraction context, with their positions, and picks the label for a
 * value or a list of values.
 */
final class ArmMentions {

    /** One arm label at {@code [start, end)} of the sentence. */
    record Arm(String label, int start, int end) {}

    static final Pattern GROUP = Pattern.compile(
            "(?:\\b(?:in|for|of|among|within|than|with|and|or|versus|vs\\.?|to|between|from)\\s+"
            + "(?:(?:that|those)\\s+(?:in|of)\\s+)?(?:patients\\s+in\\s+)?(?:the\\s+)?|\\bthe\\s+)"
            + "((?:[\\w+\\-/\u2010\u2013]+\\s+){0,6}?[\\w+\\-/\u2010\u2013]+)\\s+(?:treatment\\s+)?(group|arm|cohort|regimen)(s?)\\b"
            + "(,?\\s+(?:with|without|no)\\s+[\\w+\\-/]{1,20}(?=\\s*(?:[;.)]|$)))?",
            Pattern.CASE_INSENSITIVE);
    static final Pattern TREATED = Pattern.compile(
            "\\b(?:patients|those|subjects|individuals|cases)\\s+(?:who\\s+(?:were\\s+|had\\s+)?)?"
            + "(?:treated|receiving|received|undergoing|underwent|given|assigned|randomi[sz]ed|allocated)\\s+"
            + "(?:to\\s+|with\\s+)?(?:the\\s+)?([^,;:()\\[\\]]{2,80}?)"
            + "(?=\\s*[,;:()\\[\\]]|\\.(?!\\d)|\\s+(?:than|compared|versus|vs\\.?|was|were|had|showed|achieved|"
            + "experienced|group|arm|respectively|who|whereas|while|in\\s+the)\\b|\\s*$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BAD_LABEL = Pattern.compile(
            "(?i)\\b(?:was|were|is|are|than|had|has|have|showed|rates?|survival|median|months?|years?|patients|"
            + "two|both|each|all|either|control|this|that|these|our|respectively|the|progression|time|free|significantly|also|"
            + "better|worse|longer|shorter|higher|lower|compared|whereas|while)\\b|^\\d|\\b(?:OS|PFS|TTP|DFS|RFS)\\b");
    private static final Pattern GENERIC = Pattern.compile(
            "(?i)(?:(?:the|combination|combined|combinational|therapy|treatment|control|study|experimental|standard|"
            + "mono|monotherapy|single|dual|triple|intervention|observation|trial|new)\\s*)+");
    private static final Pattern COMPARATOR = Pattern.compile(
            "(?i)\\b(?:than|compared|versus|vs|exceed\\w*|over|relative|whereas|while|but|against)\\b");
    private static final Pattern RIGHT_BEFORE = Pattern.compile("(?i)^\\s*(?:(?:group|arm|cohort)s?\\s*)?[(\\[]\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Keywords HEAD_NOUNS = new Keywords("group", "arm", "cohort", "regimen");
    private static final Keywords GROUP_LEADS = new Keywords("in", "for", "of", "among", "within", "than", "with", "and",
            "or", "versus", "vs", "to", "between", "from", "the");
    private static final Keywords TREATED_SUBJECTS = new Keywords("patients", "those", "subjects", "individuals", "cases");
    static final StartChars GROUP_STARTS = StartChars.of("", false, "ifoawtvb");
    static final StartChars TREATED_STARTS = StartChars.of("", false, "ptsic");
    private static final Keywords WITH = new Keywords("with");
    private static final Keywords ALONE_OR_ONLY = new Keywords("alone", "only");
    private static final Pattern PLUS_SIGN = Pattern.compile("\\s*\\+\\s*");
    private static final Pattern COMBINED_WITH = Pattern.compile(
            "(?i)\\s+(?:in\\s+combination\\s+with|combined\\s+with|together\\s+with)\\s+");
    private static final Pattern ALONE_AT_END = Pattern.compile("(?i)\\s+(?:alone|only)$");
    private static final Pattern CONJUNCTION_INSIDE = Pattern.compile("(?i).*\\s(?:and|or|versus|vs\\.?)\\s.*");
    private static final Pattern CONJUNCTION_SPLIT = Pattern.compile("\\s+(?:and|or|versus|vs\\.?)\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern BRACKET_OR_CLAUSE = Pattern.compile("(?s).*[(\\[;:].*");

    private ArmMentions() {}

    /** Arm mentions in sentence order; context labels found in the sentence are included. */
    static List<Arm> find(String s, List<String> contextLabels) {
        List<Arm> out = new ArrayList<>();
        String lower = s.toLowerCase(Locale.ROOT);
        boolean respectively = lower.contains("respectively");
        StartScan gScan = new StartScan(GROUP, s, GROUP_STARTS, ArmMentions::groupMayStart);
        // a match ends with a head noun after a space: none starts after the last one
        int lastHead = HEAD_NOUNS.lastAfterSpace(s);
        int from = 0;
        while (gScan.find(from, lastHead)) {
            Matcher g = gScan.matcher();
            String label = g.group(1);
            if (BAD_LABEL.matcher(label).find()) {
                from = g.start() + 1;
                continue;
            }
            String head = g.group(2).equalsIgnoreCase("regimen") ? " regimen" : "";
            String norm = g.group(4) == null ? null : normalise(label);
            if (norm != null && g.group(3).isEmpty() && !CONJUNCTION_INSIDE.matcher(label).matches()) {
                // a group with a qualifier after it ("the low-risk group, no RT;"): the qualifier is part of the arm
                out.add(new Arm(norm + head + SPACES.matcher(g.group(4)).replaceAll(" "), g.start(1), g.end(4)));
            } else {
                addSplit(out, label, g.start(1), !g.group(3).isEmpty() || respectively, head);
            }
            from = g.end();
        }
        StartScan tScan = new StartScan(TREATED, s, TREATED_STARTS, ArmMentions::treatedMayStart);
        for (int at = 0; tScan.find(at); at = tScan.next()) {
            Matcher t = tScan.matcher();
            String label = t.group(1).strip();
            if (label.isEmpty() || BAD_LABEL.matcher(label).find() && !label.contains(" ")) continue;
            addSplit(out, label, t.start(1), respectively, "");
        }
        for (String c : contextLabels) {
            if (c == null || c.isBlank() || c.length() > 200) continue;
            String l = c.toLowerCase(Locale.ROOT);
            for (int i = lower.indexOf(l); i >= 0; i = lower.indexOf(l, i + 1)) {
                if (wordBounded(lower, i, i + l.length())) out.add(new Arm(c, i, i + c.length()));
            }
        }
        if (!contextLabels.isEmpty()) {
            List<java.util.Set<String>> contextWords = LabelWords.of(contextLabels);
            for (int i = 0; i < out.size(); i++) {
                Arm a = out.get(i);
                out.set(i, new Arm(resolve(a.label(), contextLabels, contextWords), a.start(), a.end()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Arm> dedup = new ArrayList<>();
        for (Arm a : out) {
            Arm last = dedup.isEmpty() ? null : dedup.get(dedup.size() - 1);
            if (last != null && a.start() < last.end()) {
                if (a.end() - a.start() > last.end() - last.start()) dedup.set(dedup.size() - 1, a);
                continue;
            }
            dedup.add(a);
        }
        return dedup;
    }

    private static final Pattern SUBGROUP_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:patients|those|cases)\\s+with\\s+((?:[\\w-]+\\s+){0,3}?[\\w-]+)|(?<![\\w.-])((?:[\\w-]+\\s+){0,2}[\\w-]+)\\s+patients)"
            + "\\s*\\(\\s*$");
    private static final Pattern SUBGROUP_AFTER = Pattern.compile(
            "(?i)\\s*(?:alone\\s+|only\\s+)?for\\s+(?:patients\\s+with\\s+)?((?:[\\w-]+\\s+){0,2}?[\\w-]+)(?=\\s*[,;)])");

    /**
     * For a two-group list with one group's arm known and the document naming exactly two arms: the other
     * group takes the other label ({@code 10.3 vs 7.4 months in B alone}: the first value is arm A's).
     */
    static void completePair(String[] out, List<String> labels) {
        if (out.length != 2 || labels.size() != 2 || (out[0] == null) == (out[1] == null)) return;
        int known = labels.indexOf(out[0] != null ? out[0] : out[1]);
        if (known >= 0) out[out[0] == null ? 0 : 1] = labels.get(1 - known);
    }

    /**
     * The subgroup a list at {@code [start, end)} reports on: {@code patients with X (} right before it, or
     * {@code for X} right after the arm that follows it ({@code 2.8 vs 2.9 months in B alone for X,}); else null.
     */
    static String subgroup(String s, List<Arm> arms, int start, int end) {
        Matcher b = SUBGROUP_BEFORE.matcher(s).region(Math.max(0, start - 60), start);
        if (bracketBefore(s, start) && b.find()) {
            String sub = b.group(1) != null ? b.group(1) : b.group(2);
            return BAD_LABEL.matcher(sub).find() ? null : sub;
        }
        for (Arm a : arms) {
            if (a.start() < end || a.start() - end > 40) continue;
            Matcher m = SUBGROUP_AFTER.matcher(s).region(a.end(), Math.min(s.length(), a.end() + 60));
            return m.lookingAt() && !BAD_LABEL.matcher(m.group(1)).find() ? m.group(1) : null;
        }
        return null;
    }

    /**
     * True when the last character before {@code end} other than {@code \s} and line terminators is {@code (}:
     * {@link #SUBGROUP_BEFORE} ends with {@code \(\s*$}.
     */
    private static boolean bracketBefore(String s, int end) {
        int i = end - 1;
        while (i >= 0 && (Folded.isRegexSpace(s.charAt(i)) || "\u0085\u2028\u2029".indexOf(s.charAt(i)) >= 0)) i--;
        return i >= 0 && s.charAt(i) == '(';
    }

    /** True when the first {@code n} arms carry {@code n} different labels. */
    private static boolean distinct(List<Arm> arms, int n) {
        return arms.stream().limit(n).map(Arm::label).distinct().count() == n;
    }

    /** The leading arms written as one list ({@code A and B}, {@code A, B or C}): short gaps, no bracket or clause. */
    private static List<Arm> adjacent(String s, List<Arm> arms) {
        int n = arms.isEmpty() ? 0 : 1;
        while (n < arms.size()) {
            String gap = s.substring(arms.get(n - 1).end(), arms.get(n).start());
            if (gap.length() > 30 || BRACKET_OR_CLAUSE.matcher(gap).matches()) break;
            n++;
        }
        return arms.subList(0, n);
    }

    /** True when {@code [start, end)} is not part of a longer word ({@code RT} inside {@code CRT}). */
    private static boolean wordBounded(String s, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1)))
                && (end >= s.length() || !Character.isLetterOrDigit(s.charAt(end)));
    }

    /**
     * The document label naming the same arm as {@code label}: equal words after normalisation, else the
     * label with the highest word overlap (Jaccard at least 0.6), else {@code label} itself.
     */
    static String resolve(String label, List<String> contextLabels) {
        return resolve(label, contextLabels, wordsOf(contextLabels));
    }

    /** {@link #resolve(String, List)} with the labels' {@link #words} computed once ({@link #wordsOf}). */
    private static String resolve(String label, List<String> contextLabels, List<java.util.Set<String>> contextWords) {
        java.util.Set<String> words = words(label);
        if (words.isEmpty()) return label;
        String best = label;
        double bestScore = 0.6;
        for (int i = 0; i < contextLabels.size(); i++) {
            String c = contextLabels.get(i);
            if (c == null) continue;
            java.util.Set<String> cw = contextWords.get(i);
            if (cw.isEmpty()) continue;
            long common = words.stream().filter(cw::contains).count();
            double score = common / (double) (words.size() + cw.size() - common);
            if (score > bestScore || (score == 1.0 && bestScore < 1.0)) { best = c; bestScore = score; }
        }
        return best;
    }

    /** Where {@link #GROUP} may start: one of its leading words at a word start. */
    static boolean groupMayStart(String s, int i) {
        if (!StartScan.wordMayStart(s, i)) return false;
        return GROUP_LEADS.at(s, i);
    }

    /** Where {@link #TREATED} may start: one of its subject nouns at a word start. */
    static boolean treatedMayStart(String s, int i) {
        if (!StartScan.wordMayStart(s, i)) return false;
        return TREATED_SUBJECTS.at(s, i);
    }

    /** The document labels' word sets, kept for the last label list seen (the same for a whole document). */
    private record LabelWords(List<String> labels, List<java.util.Set<String>> words) {
        private static volatile LabelWords last;

        static List<java.util.Set<String>> of(List<String> labels) {
            LabelWords c = last;
            if (c == null || !c.labels().equals(labels)) {
                List<String> copy = java.util.Collections.unmodifiableList(new ArrayList<>(labels));
                c = new LabelWords(copy, wordsOf(copy));
                last = c;
            }
            return c.words();
        }
    }

    /** The {@link #words} of each label, in order (an empty set for a null label). */
    private static List<java.util.Set<String>> wordsOf(List<String> labels) {
        List<java.util.Set<String>> out = new ArrayList<>(labels.size());
        for (String c : labels) out.add(c == null ? java.util.Set.of() : words(c));
        return out;
    }

    private static java.util.Set<String> words(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        String n = normalise(s);
        if (n == null) return out;
        for (String w : NON_WORD.split(n.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !w.equals("plus") && !w.equals("alone") && !w.equals("only") && !w.equals("group")) out.add(w);
        }
        return out;
    }

    /** Adds the label (split at and/or/versus when {@code split}), each part with the head noun {@code head}. */
    private static void addSplit(List<Arm> out, String label, int start, boolean split, String head) {
        String[] parts = split ? CONJUNCTION_SPLIT.split(label) : new String[] {label};
        int pos = start;
        for (String part : parts) {
            String p = part.strip();
            int at = label.indexOf(p, pos - start);
            int s0 = start + Math.max(0, at);
            String norm = p.isEmpty() ? null : normalise(p);
            if (norm != null && !head.isEmpty()) norm = norm + head;
            if (norm != null && !norm.isEmpty()) out.add(new Arm(norm, s0, s0 + p.length()));
            pos = s0 + p.length();
        }
    }

    /** One spelling per arm: {@code +} and {@code in combination with} become {@code plus}, spaces collapsed. */
    static String normalise(String label) {
        // each rewrite runs only when the text can hold what it replaces
        String l = label.indexOf('+') >= 0 ? PLUS_SIGN.matcher(label).replaceAll(" plus ") : label;
        if (WITH.in(l)) l = COMBINED_WITH.matcher(l).replaceAll(" plus ");
        if (!singleSpaced(l)) l = SPACES.matcher(l).replaceAll(" ");
        l = l.strip();
        if (ALONE_OR_ONLY.in(l)) l = ALONE_AT_END.matcher(l).replaceAll("");
        return GENERIC.matcher(l).matches() ? null : l;
    }

    /** True when every {@code \s} character of {@code l} is a space standing alone (collapsing would change nothing). */
    private static boolean singleSpaced(String l) {
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == ' ' ? i + 1 < l.length() && l.charAt(i + 1) == ' ' : Folded.isRegexSpace(c)) return false;
        }
        return true;
    }

    /**
     * Labels for {@code groups} consecutive value groups of one list spanning {@code [start, end)}: when
     * the sentence names exactly as many arms, in order; otherwise the arm right after the list, else the
     * closest arm before it (not before {@code floor}); null where nothing fits.
     */
    static String[] assign(String s, List<Arm> arms, int groups, int start, int end, int floor) {
        String[] out = new String[groups];
        if (groups == 1) {
            // a list in parentheses right after its arm: "in the A group (80%, 60%)"
            for (Arm a : arms) {
                if (a.end() <= start && RIGHT_BEFORE.matcher(s.substring(a.end(), start)).matches()) {
                    out[0] = a.label();
                    return out;
                }
            }
        }
        if (groups > 1 && arms.size() == groups && distinct(arms, groups)) {
            for (int i = 0; i < groups; i++) out[i] = arms.get(i).label();
            return out;
        }
        if (groups > 1 && arms.size() > groups) {
            // the arms after the list when it names enough of them ("... for A and B, respectively")
            List<Arm> after = adjacent(s, arms.stream().filter(a -> a.start() >= end && a.start() - end < 120).toList());
            List<Arm> before = arms.stream().filter(a -> a.end() <= start && a.start() >= floor).toList();
            List<Arm> pick = after.size() >= groups ? after : before.size() >= groups
                    ? before.subList(before.size() - groups, before.size()) : List.of();
            for (int i = 0; i < groups && i < pick.size(); i++) out[i] = pick.get(i).label();
            // one arm named twice ("A ... in A alone") is not a list of the groups' arms
            if (!pick.isEmpty() && distinct(pick, groups)) return out;
            java.util.Arrays.fill(out, null);
        }
        String single = null;
        for (Arm a : arms) {
            if (a.start() >= end && a.start() - end <= 40 && !COMPARATOR.matcher(s.substring(end, a.start())).find()) {
                single = a.label();
                break;
            }
        }
        if (single == null) {
            for (Arm a : arms) {
                if (a.end() <= start && (a.start() >= floor || !COMPARATOR.matcher(s.substring(a.end(), start)).find())) {
                    single = a.label();
                }
            }
        }
        if (groups == 1) {
            out[0] = single;
            return out;
        }
        // fewer arms than groups: an arm right after the list is the last group's, one right before the first's
        for (Arm a : arms) {
            if (a.start() >= end && a.start() - end <= 40 && !COMPARATOR.matcher(s.substring(end, a.start())).find()) {
                out[groups - 1] = a.label();
            } else if (a.end() <= start && start - a.end() <= 40 && a.start() >= floor
                    && !COMPARATOR.matcher(s.substring(a.end(), start)).find()) {
                out[0] = a.label();
            }
        }
        // groups of one list are different arms: the arm right after belongs to the last group only
        if (out[0] != null && out[0].equals(out[groups - 1])) out[0] = null;
        return out;
    }
}
