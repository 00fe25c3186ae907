package org.oncoev.extractors.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.survival.ArmMentions.Arm;
import org.oncoev.extractors.survival.EndpointLexicon.Mention;
import org.oncoev.extractors.survival.NumberChains.Chain;
import org.oncoev.extractors.survival.NumberScanner.Kind;
import org.oncoev.extractors.survival.NumberScanner.Num;
import org.oncoev.extractors.text.DesignSentences;

/**
 * Reads survival figures from one sentence: medians (time values after an endpoint) and landmark rates
 * (percentages after an endpoint, paired with the sentence's time points or those carried over from the
 * sentence before). Stateless; offsets in the result are relative to the sentence.
 */
final class SentenceSurvivalReader {

    /** A survival value found at {@code [start, end)} of the sentence; {@code rejected} non-null if insane. */
    record Candidate(Fact.Survival fact, int start, int end, double confidence, String arm, String rejected,
                     int listStart, int listAfter) {}

    /** The candidates and the last time-point list of the sentence (null when it has none). */
    record Result(List<Candidate> candidates, List<Double> lastTimes, List<Arm> arms) {
        /** The one time point of all the sentence's rates, or null when it has none or several. */
        Double landmark() {
            Double t = null;
            for (Candidate c : candidates) {
                Double m = c.fact().timeMonths();
                if (!"rate".equals(c.fact().measure())) continue;
                if (m == null || t != null && !t.equals(m)) return null;
                t = m;
            }
            return t;
        }

        /** The one endpoint of all the sentence's medians, or null when it has none or several. */
        String medianEndpoint() {
            String e = null;
            for (Candidate c : candidates) {
                if (!"median".equals(c.fact().measure())) continue;
                if (e != null && !e.equals(c.fact().endpoint())) return null;
                e = c.fact().endpoint();
            }
            return e;
        }

        /** The number of rate values the sentence gave. */
        int rates() {
            return (int) candidates.stream().filter(c -> "rate".equals(c.fact().measure())).count();
        }
    }

    /**
     * What the sentence before leaves to this one: its time points (or null), its arms, and the one landmark of
     * its rates with their number (null, 0 when none).
     */
    record Carried(List<Double> times, List<Arm> arms, Double landmark, int landmarkRates, String medianEndpoint) {
        static final Carried NONE = new Carried(null, List.of(), null, 0, null);
    }

    private static final int MAX_GAP = 250;
    private static final Pattern ENDPOINT_JOIN = Pattern.compile("(?i)\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and|or|/)\\s*");
    private static final Pattern ENDPOINT_NAMED_AFTER = Pattern.compile(
            "(?i)[\\s,]*(?:\\(?\\s*P\\s*[=<>≤≥]\\s*0?[.,]\\d{1,4}\\s*\\)?[\\s,]*)?for\\s+(?:the\\s+)?(?:median\\s+)?");
    private static final Pattern OVERALL_GAP = Pattern.compile("(?i)\\s*(?:overall\\s+|actuarial\\s+|estimated\\s+)?");
    private static final Pattern CORRESPONDING = Pattern.compile("(?i)correspond|respective|same\\s+time");

    private SentenceSurvivalReader() {}

    /**
     * Reads one sentence. From the sentence before it takes time points (for a list of values without its own,
     * {@code The corresponding rates were a, b and c, d}), its arms, used in order when this sentence names none
     * and reports one value group per arm, and the single landmark of its rates, for rates of a sentence that
     * clearly continues it: no time point of its own and as many rates ({@code The 5-year DFS was 76% and 73%.
     * OS did not differ (81% and 85%).}).
     */
    static Result read(String s, List<String> armLabels, Carried carried) {
        List<Double> carriedTimes = carried.times();
        List<Arm> carriedArms = carried.arms();
        List<Mention> mentions = EndpointLexicon.find(s);
        boolean alive = AliveRates.mayApply(s);
        boolean continues = mentions.isEmpty() && carried.medianEndpoint() != null && NumberScanner.mayHoldTime(s);
        if ((mentions.isEmpty() && !alive && !continues) || DesignSentences.isDesign(s)) {
            return new Result(List.of(), null, List.of());
        }
        List<Chain> chains = NumberChains.of(s);
        List<Arm> own = ArmMentions.find(s, armLabels);
        SentenceArms arms = new SentenceArms(own, carriedArms, armLabels);
        List<Candidate> aliveRates = alive ? aliveRates(s, chains, arms) : List.of();
        if (mentions.isEmpty()) {
            List<Candidate> out = new ArrayList<>(aliveRates);
            if (carried.medianEndpoint() != null) continuedMedians(s, chains, carried.medianEndpoint(), arms, out);
            return new Result(out, null, own);
        }
        List<Chain> timeChains = new ArrayList<>();
        for (Chain c : chains) if (c.kind() == Kind.TIME && TimePoints.isTimePoint(s, c)) timeChains.add(c);
        List<Candidate> out = new ArrayList<>();
        Double landmark = timeChains.isEmpty() && carried.landmark() != null
                && percentages(chains) == carried.landmarkRates() ? carried.landmark() : null;
        int floor = 0;
        for (int i = 0; i < chains.size(); i++) {
            Chain c = chains.get(i);
            int before = out.size();
            boolean paired = SentencePairs.paired(s, chains, i);
            if (c.kind() == Kind.TIME && !timeChains.contains(c) && !c.adjectival()) {
                readMedians(s, c, paired, mentions, arms, floor, out);
            } else if (c.kind() == Kind.PERCENT) {
                readRates(s, c, paired, mentions, arms, timeChains, carriedTimes, landmark, floor, out);
            }
            if (out.size() == before + 1) splitForBothArms(s, c, armLabels, out);
            if (out.size() > before) floor = c.end();
        }
        List<Double> last = timeChains.isEmpty() ? null : TimePoints.months(timeChains.get(timeChains.size() - 1));
        if (!aliveRates.isEmpty()) {
            // a rate read as "alive at" wins over the same number read after an endpoint
            out.removeIf(c -> aliveRates.stream().anyMatch(a -> a.start() == c.start()));
            out.addAll(aliveRates);
            out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        }
        return new Result(out, last, own);
    }

    /**
     * A sentence naming no endpoint that restates a comparison of medians for a subgroup or another analysis
     * ({@code The same held for older patients (5.2 vs 7.9 months; P = 0.02).}): its
     * compared time lists take the one endpoint of the medians of the sentence before.
     */
    private static void continuedMedians(String s, List<Chain> chains, String endpoint, SentenceArms arms,
                                         List<Candidate> out) {
        for (Chain c : chains) {
            if (c.kind() != Kind.TIME || c.adjectival() || !compared(c) || TimePoints.isTimePoint(s, c)) continue;
            String before = s.substring(0, c.start());
            if (SurvivalCues.medianGapBlocked(before) || SurvivalCues.MEDIAN_DIFFERENCE_GAP.matcher(before).find()
                    || SurvivalCues.MEDIAN_PRE_BLOCK.matcher(s.substring(Math.max(0, c.start() - 40), c.start())).find()) continue;
            List<Num> values = c.members().stream().filter(n -> n.kind() == Kind.TIME).toList();
            String[] armFor = arms.assign(s, values.size(), c.start(), c.end(), 0);
            for (int i = 0; i < values.size(); i++) {
                Num n = values.get(i);
                Fact.Survival f = new Fact.Survival(endpoint, "median", n.value(), n.max(), n.unit(), null, n.ciLow(), n.ciHigh());
                out.add(new Candidate(f, n.start(), n.end(), 0.6, armFor[i], SurvivalSanity.checkMedian(f), c.start(), -1));
            }
        }
    }

    /** The number of percentages in the sentence's lists. */
    private static int percentages(List<Chain> chains) {
        int n = 0;
        for (Chain c : chains) for (Num m : c.members()) if (m.kind() == Kind.PERCENT) n++;
        return n;
    }

    /** A single value followed by {@code in both arms}: the last candidate becomes one per arm ({@link BothArms}). */
    private static void splitForBothArms(String s, Chain c, List<String> labels, List<Candidate> out) {
        String[] both = BothArms.after(s, c.end(), labels);
        if (both == null) return;
        Candidate one = out.remove(out.size() - 1);
        for (String arm : both) {
            out.add(new Candidate(one.fact(), one.start(), one.end(), one.confidence(), arm, one.rejected(),
                    one.listStart(), one.listAfter()));
        }
    }

    /** {@link AliveRates} of the sentence as candidates, each with the arm the sentence gives it. */
    private static List<Candidate> aliveRates(String s, List<Chain> chains, SentenceArms arms) {
        List<Num> numbers = new ArrayList<>();
        for (Chain c : chains) numbers.addAll(c.members());
        List<Candidate> out = new ArrayList<>();
        for (AliveRates.Rate r : AliveRates.read(s, numbers)) {
            Num v = r.value();
            String arm = arms.assign(s, 1, v.start(), v.end(), 0)[0];
            out.add(new Candidate(r.fact(), v.start(), v.end(), 0.8, arm, SurvivalSanity.checkRate(r.fact()), -1, -1));
        }
        return out;
    }

    private static Mention endpointBefore(List<Mention> mentions, int pos) {
        Mention best = null;
        for (Mention m : mentions) if (m.end() <= pos) best = m;
        return best;
    }

    /**
     * The endpoint a list names after its values in the same clause ({@code 8.4 vs 1.8 months, P < 0.001 for
     * PFS}); it wins over any endpoint before the list. Null when there is none.
     */
    private static Mention endpointAfter(String s, List<Mention> mentions, Chain c) {
        for (Mention m : mentions) {
            if (m.start() < c.end()) continue;
            if (m.endpoint() != null && m.start() - c.end() <= 40
                    && ENDPOINT_NAMED_AFTER.matcher(s).region(c.end(), m.start()).matches()) return m;
            return null;
        }
        return null;
    }

    /**
     * The text whose wording may block a list: from the endpoint, or from the end of the list read before
     * when that list took the same endpoint ({@code 93% for group A; 77% for group B}).
     */
    private static String gapSince(String s, Mention ep, int floor, int start, List<Arm> arms) {
        int from = Math.max(ep.end(), Math.min(floor, start));
        if (from == ep.end()) return s.substring(from, start);
        // arm names in a continuation are not cues ("for the low-risk group; 77% for ...")
        StringBuilder gap = new StringBuilder(s.substring(from, start));
        for (Arm a : arms) {
            for (int i = Math.max(a.start(), from); i < Math.min(a.end(), start); i++) gap.setCharAt(i - from, ' ');
        }
        return gap.toString();
    }

    /** For a list whose endpoint follows it: up to 80 characters of its clause before it (after any {@code ;}). */
    private static String clauseBefore(String s, int floor, int start) {
        int from = Math.max(Math.min(floor, start), Math.max(0, start - 80));
        String t = s.substring(from, start);
        int cut = t.lastIndexOf(';');
        return cut < 0 ? t : t.substring(cut + 1);
    }

    /** Endpoints written as a list ending at {@code last} ({@code DFS and RFS}), in order. */
    private static List<String> endpointList(String s, List<Mention> mentions, Mention last) {
        List<String> out = new ArrayList<>();
        out.add(0, last.endpoint());
        int i = mentions.indexOf(last);
        Mention cur = last;
        while (i > 0) {
            Mention prev = mentions.get(--i);
            if (prev.endpoint() == null || !ENDPOINT_JOIN.matcher(s.substring(prev.end(), cur.start())).matches()) break;
            out.add(0, prev.endpoint());
            cur = prev;
        }
        return out;
    }

    /**
     * For an endpoint list ({@code OS and DSS rates were a, b (P), and c, d, respectively}) whose values come
     * in several lists: the endpoint of the next list, counted by the lists already read for it.
     */
    private static String nextListEndpoint(List<String> endpoints, Mention last, List<Candidate> out) {
        if (endpoints.size() < 2) return last.endpoint();
        java.util.Set<Integer> listStarts = new java.util.HashSet<>();
        for (Candidate c : out) if (c.listAfter() == last.end()) listStarts.add(c.listStart());
        return endpoints.get(Math.min(listStarts.size(), endpoints.size() - 1));
    }

    private static void readMedians(String s, Chain c, boolean paired, List<Mention> mentions, SentenceArms arms,
                                    int floor, List<Candidate> out) {
        Mention after = endpointAfter(s, mentions, c);
        Mention ep = after != null ? after : endpointBefore(mentions, c.start());
        if (ep == null || ep.endpoint() == null || (after == null && c.start() - Math.max(ep.end(), floor) > MAX_GAP)) return;
        String gap = after != null ? clauseBefore(s, floor, c.start()) : gapSince(s, ep, floor, c.start(), arms.own());
        if (SurvivalCues.medianGapBlocked(gap)) return;
        boolean compared = paired || compared(c);
        if (!compared && (SurvivalCues.MEDIAN_DIFFERENCE_GAP.matcher(gap).find()
                || SurvivalCues.DIFFERENCE_BEFORE_ENDPOINT.matcher(s.substring(Math.max(0, ep.start() - 40), ep.start())).find())) return;
        boolean fromTo = compared(c) || c.members().get(0).max() != null;
        if (!fromTo && SurvivalCues.MEDIAN_PRE_BLOCK.matcher(s.substring(Math.max(0, c.start() - 40), c.start())).find()) return;
        Num last = c.members().get(c.members().size() - 1);
        String post = s.substring(last.unitEnd(), Math.min(s.length(), last.unitEnd() + 30));
        // "a median survival of 20-30 months after curative treatment": right after a median, "after" dates its start
        boolean namedMedian = after == null && ep.median() && gap.strip().length() <= 12;
        if (SurvivalCues.MEDIAN_POST_BLOCK.matcher(post).find()
                && !(namedMedian && SurvivalCues.MEDIAN_POST_START.matcher(post).find())) return;
        Num first = c.members().get(0);
        String before = s.substring(Math.max(0, c.start() - 20), c.start());
        boolean median = ep.median() || SurvivalCues.MEDIAN_WORD.matcher(gap).find();
        boolean ageLike = SurvivalCues.AGE_BEFORE.matcher(before).find() && !(median && !SurvivalCues.AGE_GAP.matcher(gap).find());
        if ("years".equals(first.unit()) && (first.qualifier() != null || ageLike)) return;
        List<Num> values = c.members().stream().filter(n -> n.kind() == Kind.TIME).toList();
        List<String> endpoints = endpointList(s, mentions, ep);
        int crossed = crossedGroups(values, endpoints.size());
        boolean perEndpoint = crossed == 0 && endpoints.size() > 1 && endpoints.size() == values.size();
        String listEndpoint = nextListEndpoint(endpoints, ep, out);
        String[] armFor = crossed > 0 ? arms.assign(s, crossed, c.start(), c.end(), floor)
                : perEndpoint ? arms.single(s, values.size(), c.start(), c.end(), floor) : arms.assign(s, values.size(), c.start(), c.end(), floor);
        int e = endpoints.size();
        for (int i = 0; i < values.size(); i++) {
            Num n = values.get(i);
            String endpoint = crossed > 0 || perEndpoint ? endpoints.get(i % e) : listEndpoint;
            Fact.Survival f = new Fact.Survival(endpoint, "median", n.value(), n.max(), n.unit(), null,
                    n.ciLow(), n.ciHigh());
            String reject = SurvivalSanity.checkMedian(f);
            String arm = crossed > 0 ? armFor[i / e] : armFor[i];
            out.add(new Candidate(f, n.start(), n.end(), median ? 0.9 : 0.7, arm, reject, c.start(), ep.end()));
        }
    }

    private static void readRates(String s, Chain c, boolean paired, List<Mention> mentions, SentenceArms arms,
                                  List<Chain> times, List<Double> carried, Double landmark, int floor, List<Candidate> out) {
        Chain lead = TimePoints.rightAfter(s, c, times);
        Mention named = lead == null ? null : mentionRightAfter(s, mentions, lead.end());
        Mention after = named != null ? named : endpointAfter(s, mentions, c);
        Mention ep = after != null ? after : endpointBefore(mentions, c.start());
        if (ep == null || ep.endpoint() == null || (after == null && c.start() - Math.max(ep.end(), floor) > MAX_GAP)) return;
        // a rate bound to its own time and endpoint ("an 86% 5-year survival rate") has no gap to block it
        String gap = named != null ? "" : after != null ? clauseBefore(s, floor, c.start())
                : gapSince(s, ep, floor, c.start(), arms.own());
        if (SurvivalCues.RATE_GAP_BLOCK.matcher(gap).find()) return;
        boolean compared = paired || compared(c);
        if (!compared && c.members().get(0).max() == null && SurvivalCues.RATE_CHANGE_GAP.matcher(gap).find()) return;
        if (!compared && SurvivalCues.DIFFERENCE_BEFORE_ENDPOINT.matcher(s.substring(Math.max(0, ep.start() - 40), ep.start())).find()) return;
        if (SurvivalCues.RATE_POST_BLOCK.matcher(s.substring(c.end(), Math.min(s.length(), c.end() + 40))).find()) return;
        List<Num> values = c.members().stream().filter(n -> n.kind() == Kind.PERCENT).toList();
        List<Double> t = named != null ? TimePoints.months(lead) : TimePoints.timesFor(s, c, times);
        double confidence = 0.85;
        if (t == null && carried != null && (carried.size() > 1 || CORRESPONDING.matcher(s).find())
                && values.size() % carried.size() == 0) {
            t = carried;
            confidence = 0.7;
        } else if (t == null && landmark != null) {
            t = List.of(landmark);
            confidence = 0.65;
        }
        String mentionText = s.substring(ep.start(), ep.end());
        boolean cue = t != null || SurvivalCues.RATE_CUE.matcher(gap).find() || SurvivalCues.RATE_CUE.matcher(mentionText).find()
                || gap.strip().length() <= 20 || compared;
        if (!cue) return;
        int k = t == null ? 0 : t.size();
        int n = values.size();
        int groups;
        if (k > 0 && n % k == 0) groups = n / k;
        else if (k > 0 && n < k) groups = 1;
        else {
            groups = 1 + (int) values.stream().skip(1).filter(Num::vsBefore).count();
            if (k > 0) confidence = 0.6;
        }
        List<String> endpoints = endpointList(s, mentions, ep);
        int crossed = k <= 1 ? crossedGroups(values, endpoints.size()) : 0;
        if (crossed > 0) {
            readCrossedRates(s, c, values, endpoints, k == 1 ? t.get(0) : null, arms, floor, confidence, ep, out);
            return;
        }
        boolean perEndpoint = endpoints.size() > 1 && endpoints.size() == n && (k <= 1);
        String listEndpoint = nextListEndpoint(endpoints, ep, out);
        String[] armFor = perEndpoint ? arms.single(s, Math.max(1, groups), c.start(), c.end(), floor)
                : arms.assign(s, groups, c.start(), c.end(), floor);
        int perGroup = Math.max(1, (n + groups - 1) / groups);
        int group = 0;
        for (int i = 0; i < n; i++) {
            Num v = values.get(i);
            if (SurvivalCues.notASurvivalRate(s, v)) continue;
            Double time = null;
            if (k > 0 && n % k == 0) { time = t.get(i % k); group = i / k; }
            else if (k > 0 && n < k) time = t.get(i);
            else if (k == 0) { if (i > 0 && v.vsBefore()) group++; }
            else group = Math.min(groups - 1, i / perGroup);
            Fact.Survival f = new Fact.Survival(perEndpoint ? endpoints.get(i) : listEndpoint, "rate", v.value(), v.max(), "%",
                    time, v.ciLow(), v.ciHigh());
            String reject = SurvivalSanity.checkRate(f);
            out.add(new Candidate(f, v.start(), v.end(), confidence, armFor[Math.min(group, armFor.length - 1)], reject,
                    c.start(), ep.end()));
        }
    }

    /** A list comparing groups: two or more values joined by {@code vs}, {@code compared with} or {@code from ... to}. */
    private static boolean compared(Chain c) {
        return c.members().size() >= 2 && c.members().stream().skip(1).anyMatch(Num::vsBefore);
    }

    /**
     * Number of arm groups when a list names one value per endpoint per arm, the arms separated by
     * {@code vs}/{@code compared with} ({@code OS and CSS ... 41% and 57%, compared with 48% and 66%}); else 0.
     */
    private static int crossedGroups(List<Num> values, int endpoints) {
        if (endpoints < 2 || values.size() < 2 * endpoints || values.size() % endpoints != 0) return 0;
        for (int i = 1; i < values.size(); i++) if (values.get(i).vsBefore() != (i % endpoints == 0)) return 0;
        return values.size() / endpoints;
    }

    private static void readCrossedRates(String s, Chain c, List<Num> values, List<String> endpoints, Double time,
                                         SentenceArms arms, int floor, double confidence, Mention ep, List<Candidate> out) {
        int e = endpoints.size();
        String[] armFor = arms.assign(s, values.size() / e, c.start(), c.end(), floor);
        for (int i = 0; i < values.size(); i++) {
            Num v = values.get(i);
            if (SurvivalCues.notASurvivalRate(s, v)) continue;
            Fact.Survival f = new Fact.Survival(endpoints.get(i % e), "rate", v.value(), v.max(), "%", time,
                    v.ciLow(), v.ciHigh());
            out.add(new Candidate(f, v.start(), v.end(), confidence, armFor[i / e], SurvivalSanity.checkRate(f),
                    c.start(), ep.end()));
        }
    }

    /** The endpoint mention starting right after {@code at}, past spaces and {@code overall}; else null. */
    private static Mention mentionRightAfter(String s, List<Mention> mentions, int at) {
        for (Mention m : mentions) {
            if (m.start() < at) continue;
            return m.endpoint() != null && m.start() - at <= 12
                    && OVERALL_GAP.matcher(s).region(at, m.start()).matches() ? m : null;
        }
        return null;
    }
}
