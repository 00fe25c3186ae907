package org.oncoev.extractors.cohort;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.Span;
import org.oncoev.extractors.EvidenceType;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Extractor;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.Findings;
import org.oncoev.extractors.arms.ArmPhrases;
import org.oncoev.extractors.arms.ArmPhrases.ArmPhrase;
import org.oncoev.extractors.arms.ArmResolver;
import org.oncoev.extractors.table.TableView;
import org.oncoev.extractors.text.Keywords;
import org.oncoev.extractors.text.StartScan;
import org.oncoev.extractors.text.TokenStarts;

/**
 * Finds study and arm sizes: a count before a patient noun with a cohort cue ({@code a total of 82 HCC
 * patients}, {@code 66 patients were enrolled}, {@code 34 patients who received X}), a count that continues
 * an arm list ({@code and 32 with FOLFOX4 only}, {@code among whom 35 were treated with X}), and sizes in
 * parentheses after an arm or the whole population ({@code FOLFOX (n=32)}, {@code All patients (n = 66)}), splits
 * of a total ({@code 118 patients took part (57 in Arm 1 and 61 in Arm 2)}) and elided counts after a total
 * ({@code of whom 720 were enrolled}). Screened or excluded patients are not cohorts.
 * Subgroup counts (a percentage after the count, outcome verbs such as {@code achieved} or {@code had},
 * fractions such as {@code 3 of the 35}) are skipped. Arms are resolved onto the context's arm labels.
 * Pure and thread-safe; each segment it reads is at most {@value #MAX_SEGMENT} characters.
 */
public final class CohortExtractor implements Extractor {
    static final int MAX_SEGMENT = 2000;
    private static final int MIN_SIZE = 2;
    private static final int MAX_SIZE = 5_000_000;

    static final String NOUNS = "patients|subjects|participants|cases|individuals|women|men|volunteers|adults"
            + "|children|persons|people|pts";
    static final Keywords NOUN_WORDS = new Keywords(NOUNS.split("\\|"));
    /** First characters of a count: a digit or the first letter of a number word (a cheap check tried first). */
    private static final String COUNT_START = "(?=[0-9otfsenOTFSEN])";
    /** Implied by {@link CountWords#COUNT}: a digit or the first three letters of a number word (use case-insensitively). */
    private static final String COUNT_AHEAD = "(?=[0-9]|one|tw[oe]|th[ri]|ten|fou|fi[vf]|fort|six|sev|eig|ele|nin)";
    static final Pattern NOUN_COUNT = Pattern.compile(COUNT_START + "(?<![\\p{L}\\p{N}.,/\\-])" + COUNT_AHEAD + "(" + CountWords.COUNT
            + ")(?![\\p{N}]|[.,\u00b7]\\d)\\s+((?:[\\p{L}][\\p{L}\\p{N}\\-]*\\s+){0,4}?)(" + NOUNS + ")\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern ELIDED = Pattern.compile("(?=[aowAOW,;:(])(?:\\b(among whom|of whom|of these|of them|among them|and|"
            + "while|whereas)\\s*,?\\s+|[,;:(]\\s*)(?:the\\s+(?:other|remaining)\\s+)?" + COUNT_AHEAD + "(" + CountWords.DIGITS + "|"
            + CountWords.WORDS + ")\\s+(?:(?:patients|subjects|participants|cases)\\s+)?(?:were\\s+|was\\s+)?(treated with|"
            + "received|receiving|underwent|given|with|(?:(?:randomly\\s+)?(?:assigned|allocated|randomi[sz]ed)\\s+)?to|in)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** A count whose noun is elided after a larger count: {@code of whom 720 were enrolled}, {@code ; 98 were eligible}. */
    static final Pattern ELIDED_COHORT = Pattern.compile("(?=[oaOA,;:])(?:\\b(?:of whom|of these|of them|among them|among whom)"
            + "\\s*,?\\s+|[,;:]\\s*(?:and\\s+)?)" + COUNT_AHEAD + "(" + CountWords.DIGITS + "|" + CountWords.WORDS + ")\\s+(?:were|was)\\s+"
            + "(?:\\p{L}+ly\\s+)?(?:enrolled|randomi[sz]ed|included|eligible|registered|recruited|analy[sz]ed|assigned|"
            + "allocated)\\b(?!\\s+(?:to|in)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOTAL_TO_SPLIT = Pattern.compile("\\s*(?:(?:were|was|had been|have been)\\s+)?"
            + "(?:\\p{L}+ly\\s+)?(?:(?:enrolled|randomi[sz]ed|included|registered|recruited|assigned|allocated|analy[sz]ed|"
            + "eligible|treated|entered)(?:\\s+(?:in|into|onto)\\s+(?:the|this|our)\\s+(?:study|trial|analysis))?)?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_NUMBER_TAIL = Pattern.compile("(?i)(?:hundred|thousand)\\s*$");
    /** A count stated once for every arm: {@code 20 (patients) enrolled in each group}. */
    private static final Pattern EACH_ARM = Pattern.compile("(?i)\\s*(?:were\\s+)?(?:randomly\\s+)?(?:(?:assigned|allocated|"
            + "randomi[sz]ed|enrolled|included|treated)\\s+)?(?:to|in|into|per)\\s+(?:each|either|both)\\s+(?:of\\s+the\\s+(?:two\\s+)?)?"
            + "(?:groups?|arms?|cohorts?)\\b");
    private static final Pattern TREATED = Pattern.compile("(?i)received|underwent|treated with|given");
    /** A sentence that opens with the total its counts divide: {@code Among the 212 participants who entered the study,}. */
    private static final Pattern OF_TOTAL = Pattern.compile("(?i)\\s*(?:of|among|from)\\s+(?:the\\s+|these\\s+|all\\s+)?"
            + "(?:total\\s+(?:of\\s+)?)?" + COUNT_AHEAD + "(?:" + CountWords.COUNT + ")\\s+[^,;]{0,80},");
    static final Pattern RANDOMISED = Pattern.compile("randomi[sz]ed|assigned|allocated", Pattern.CASE_INSENSITIVE);
    private static final Pattern TREATMENT_VERB = Pattern.compile("(?i)\\b(?:received|receiving|underwent|undergoing|"
            + "treated|given)\\b");

    @Override public String name() { return "cohort"; }
    @Override public String version() { return "3.15"; }
    @Override public EvidenceType type() { return EvidenceType.COHORT; }

    @Override
    public List<Finding> extract(Passage passage, ExtractionContext context) {
        ArmResolver arms = resolver(context);
        List<Finding> out = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        // the table model is built once per table passage and read by both table rules
        TableView view = passage.table() == null ? null : TableView.of(passage).orElse(null);
        List<TableArmSizes.HeaderSize> headers = TableArmSizes.of(view, arms);
        for (Span seg : Segments.of(passage, MAX_SEGMENT)) {
            // every rule reads a count: a segment without one is skipped
            if (!CountWords.mayContainCount(passage.text(), seg.start(), seg.end())) continue;
            String s = passage.text().substring(seg.start(), seg.end());
            TokenStarts.slice(passage.text(), seg.start(), s);
            int accepted = out.size();
            // rule families whose every match ends with a patient noun are skipped without one (SegmentGates)
            // the word gates of every rule family, found in one pass
            int words = SegmentWords.of(s);
            boolean noun = (words & SegmentWords.NOUN) != 0;
            List<Integer> events = new ArrayList<>(); // ends of case counts that are events (CaseEvents)
            boolean counted = noun && nounCounts(passage, seg.start(), s, arms, out, used, events);
            boolean sentenceHasCohort = out.size() > accepted;
            // without a count taken before, only the relative leads ("of whom 35 were treated") count
            if (sentenceHasCohort || (words & SegmentWords.RELATIVE) != 0)
                elidedCounts(passage, seg.start(), s, arms, out, used, sentenceHasCohort, accepted);
            elidedCohorts(passage, seg.start(), s, out, used, counted);
            // every size in brackets has its "n =" or "n:" (SIZE_IN_PARENS): a segment without either has none
            if (s.indexOf('=') >= 0 || s.indexOf(':') >= 0) sizesInParens(passage, seg.start(), s, arms, out, used);
            listedCounts(passage, seg.start(), s, arms, out, used, noun, (words & SegmentWords.TRIGGER) != 0, events);
            splitCounts(passage, seg.start(), s, arms, out, used, (words & SegmentWords.RUN) != 0);
        }
        if (!headers.isEmpty()) {
            // header sizes come from the table model; text rules that read the same headers give way
            out.removeIf(f -> headers.stream().anyMatch(h -> f.passageStart() < h.end() && f.passageEnd() > h.start()));
            for (TableArmSizes.HeaderSize h : headers) out.add(finding(passage, h.size(), h.start(), h.end(), 0.9, h.arm()));
        }
        for (TreatmentRows.RowSize r : TreatmentRows.of(view, arms)) out.add(finding(passage, r.size(), r.start(), r.end(), 0.8, r.arm()));
        return out;
    }

    /** The arm labels of the last document read, with their resolver (one per document, not per passage). */
    private record CachedResolver(List<String> labels, ArmResolver resolver) {}

    private volatile CachedResolver cached;

    private ArmResolver resolver(ExtractionContext context) {
        CachedResolver c = cached;
        if (c == null || c.labels() != context.armLabels()) {
            c = new CachedResolver(context.armLabels(), new ArmResolver(context.armLabels()));
            cached = c;
        }
        return c.resolver();
    }

    /**
     * Group sizes stated as lists ({@link CohortLists}); a count already taken by another rule is skipped.
     * {@code trigger}: a {@link ListTriggers} word occurs folded ({@link SegmentWords#TRIGGER}).
     */
    private void listedCounts(Passage p, int base, String s, ArmResolver arms, List<Finding> out, Set<Integer> used,
                              boolean noun, boolean trigger, List<Integer> events) {
        // shared-noun lists, counts sharing a noun and safety shares all end with a patient noun
        List<CohortLists.Listed> listed = new ArrayList<>();
        if (noun) listed.addAll(CohortLists.sharedNoun(s));
        listed.addAll(CohortLists.armBreakdown(s));
        listed.addAll(CohortLists.splitHeaders(s));
        if (noun) listed.addAll(CohortLists.countsSharingNoun(s));
        int triggers = trigger ? ListTriggers.of(s) : 0;
        if (noun && (triggers & ListTriggers.SAFETY) != 0) listed.addAll(SafetyShares.of(s));
        if ((triggers & ListTriggers.RESPECTIVELY) != 0) listed.addAll(CohortLists.respectiveCounts(s));
        for (BracketSplits.Part b : BracketSplits.of(s)) {
            // the breakdown of an event count ("310 cases (200 colon, 110 rectum) were documented") is no arm split
            if (events.stream().noneMatch(e -> e <= b.start() && b.start() - e <= 40))
                listed.add(new CohortLists.Listed(b.size(), b.start(), b.end(), b.label()));
        }
        for (CohortLists.Listed l : listed) {
            if (!plausible(l.size()) || !used.add(base + l.start())) continue;
            String resolved = l.label() == null ? null : arms.resolve(l.label());
            out.add(finding(p, l.size(), base + l.start(), base + l.end(), 0.8, resolved != null ? resolved : l.label()));
        }
    }

    /**
     * Runs of parallel arm counts ({@link ArmSplits}) and the total they add up to; counts already taken are skipped.
     * {@code runWord}: a run word occurs folded ({@link SegmentWords#RUN}).
     */
    private void splitCounts(Passage p, int base, String s, ArmResolver arms, List<Finding> out, Set<Integer> used,
                             boolean runWord) {
        List<ArmSplits.Split> runs = ArmSplits.runs(s, runWord);
        // "the intention was to randomise 60 to A and 20 to B": a run in a design sentence is a plan
        if (!runs.isEmpty() && CohortCues.designSentence(s)) return;
        for (ArmSplits.Split x : runs) {
            if (!plausible(x.size())) continue;
            String resolved = x.label() == null ? null : arms.resolve(x.label());
            if (!used.add(base + x.start())) {
                // a count another rule took without its arm: the run names it
                String label = resolved != null ? resolved : x.label();
                for (int i = 0; i < out.size(); i++) {
                    Finding f = out.get(i);
                    if (f.passageStart() != base + x.start() || label == null) continue;
                    if (f.arm() == null || ParenSizes.GROUP_END.matcher(f.arm()).find()
                            && f.arm().toLowerCase(java.util.Locale.ROOT).startsWith(label.toLowerCase(java.util.Locale.ROOT)))
                        out.set(i, f.withArm(label)); // one label per arm across the run ("drug arm" ~ "drug")
                }
                continue;
            }
            out.add(finding(p, x.size(), base + x.start(), base + x.end(), 0.8,
                    resolved != null ? resolved : x.label()));
        }
    }

    /** Sizes in brackets ({@link ParenSizes}); a count already taken or restating the count just before is skipped. */
    private void sizesInParens(Passage p, int base, String s, ArmResolver arms, List<Finding> out, Set<Integer> used) {
        ParenSizes.find(s, arms, (size, countStart, bracket, start, end, arm) -> {
            if (!plausible(size) || used.contains(base + countStart) || restates(out, p, base + bracket, size)) return false;
            used.add(base + countStart);
            out.add(finding(p, size, base + start, base + end, 0.85, arm));
            return true;
        });
    }

    /**
     * Adds the noun counts of one segment; true when {@link #NOUN_COUNT} matched at all (kept or not). The ends of
     * case counts that are events go to {@code events}.
     */
    private boolean nounCounts(Passage p, int base, String s, ArmResolver arms, List<Finding> out, Set<Integer> used,
                               List<Integer> events) {
        StartScan mScan = StartScan.atTokenStarts(NOUN_COUNT, s, CountStarts.FIRST, new CountStarts(NOUN_WORDS));
        boolean matched = false;
        Boolean designSentence = null; // DESIGN_SENTENCE in s: read once per segment, not per count
        for (int from = 0; mScan.find(from); from = mScan.next()) {
            Matcher m = mScan.matcher();
            matched = true;
            int size = CountWords.parse(m.group(1));
            String mods = m.group(2); // modifier patterns need a character: an empty group matches none of them
            if (!plausible(size) || !NounModifiers.allowed(mods) || used.contains(base + m.start(1))) continue;
            String before = s.substring(Math.max(0, m.start() - 80), m.start());
            String afterCount = s.substring(m.end(1), Math.min(s.length(), m.end(1) + 30));
            String after = s.substring(m.end(), Math.min(s.length(), m.end() + 160));
            if (CohortCues.PERCENT_AFTER.matcher(afterCount).lookingAt() || CohortCues.PERCENT_AFTER.matcher(after).lookingAt())
                continue;
            if (CaseEvents.events(m.group(3), before, after, s)) {
                events.add(m.end());
                continue;
            }
            boolean denominator = BeforeTails.endsWithWord(before, BeforeTails.FRACTION)
                    && CohortCues.FRACTION_BEFORE.matcher(before).find()
                    && (NounModifiers.role(mods) || CohortCues.POPULATION_AFTER.matcher(after).lookingAt())
                    && !CohortCues.QUALIFIED.matcher(after).lookingAt();
            if (denominator) {
                // "28 of the 310 treated patients": the population the fraction is taken of
                used.add(base + m.start(1));
                ArmPhrase arm = NounArms.after(s, m.end(), after, arms, size);
                out.add(finding(p, size, base + m.start(1), base + (arm != null ? arm.end() : m.end()), 0.6,
                        arm == null ? null : NounArms.label(arms, arm, false)));
                continue;
            }
            // the $-anchored windows are searched only when they end with one of their last words (BeforeTails)
            boolean studyOfAbout = BeforeTails.endsWithWord(before, BeforeTails.STUDY_OF_ABOUT)
                    && CohortCues.STUDY_OF_ABOUT.matcher(before).find();
            if ((!studyOfAbout && BeforeTails.mayEndNegative(before) && CohortCues.negativeBefore(before))
                    || BeforeTails.endsWithWord(before, BeforeTails.AVAILABLE) && CohortCues.AVAILABLE_BEFORE.matcher(before).find()
                    || CohortCues.subsetAfter(after)
                    || !mods.isEmpty() && CohortCues.STAGE_MODIFIER.matcher(mods).find()) continue;
            int verb = CohortCues.firstVerb(after);
            Matcher population = CohortCues.POPULATION_AFTER.matcher(after);
            if (population.lookingAt() && CohortCues.firstVerb(after.substring(population.end())) >= 0) verb = 1;
            if (verb == 0 && CohortCues.QUALIFIED.matcher(after).lookingAt()) verb = CohortCues.firstVerbPastCommas(after);
            int cue = studyOfAbout || NounModifiers.role(mods) && verb >= 0 ? 2
                    : CohortCues.sizeCue(before);
            if (designSentence == null) designSentence = CohortCues.designSentence(s);
            if (designSentence
                    && (verb != 1 || CohortCues.DESIGN_BEFORE.matcher(before).find())) continue;
            boolean strong = cue > 0;
            if ((verb < 0 && cue < 2) || (!strong && verb == 0)) continue;
            if (cue == 1 && verb == 0 && CohortCues.QUALIFIED.matcher(after).lookingAt()) continue;
            // "two patients in the X group received Y": a count inside an arm that received something else
            if (cue == 0 && NounArms.IN_GROUP.matcher(after).lookingAt() && TREATMENT_VERB.matcher(NounArms.clause(after)).find()) continue;
            ArmPhrase arm = NounArms.after(s, m.end(), after, arms, size);
            int end = arm != null ? arm.end() : m.end();
            used.add(base + m.start(1));
            Matcher each = EACH_ARM.matcher(after);
            if (arm == null && arms.labels().size() == 2 && each.lookingAt()) {
                // "a count allotted to each group": one size per arm of a two-arm document
                for (String label : arms.labels())
                    out.add(finding(p, size, base + m.start(1), base + m.end() + each.end(), 0.75, label));
                continue;
            }
            out.add(finding(p, size, base + m.start(1), base + end, strong ? 0.9 : 0.8,
                    arm == null ? null : NounArms.label(arms, arm, false)));
        }
        return matched;
    }

    private void elidedCounts(Passage p, int base, String s, ArmResolver arms, List<Finding> out, Set<Integer> used,
                              boolean sentenceHasCohort, int firstOfSentence) {
        StartScan mScan = StartScan.atTokenStarts(ELIDED, s, ElidedStarts.FIRST, ElidedStarts::mayStart);
        int lastInEnd = -1;
        for (int from = 0; mScan.find(from); from = mScan.next()) {
            Matcher m = mScan.matcher();
            boolean relative = m.group(1) != null && !m.group(1).equalsIgnoreCase("and")
                    && !m.group(1).equalsIgnoreCase("while") && !m.group(1).equalsIgnoreCase("whereas");
            if (!relative && !sentenceHasCohort) continue;
            int size = CountWords.parse(m.group(2));
            if (!plausible(size) || used.contains(base + m.start(2))) continue;
            if (WORD_NUMBER_TAIL.matcher(s.substring(Math.max(0, m.start() - 12), m.start())).find()) continue;
            if (CohortCues.PERCENT_AFTER.matcher(s.substring(m.end(2), Math.min(s.length(), m.end(2) + 30))).lookingAt())
                continue;
            boolean in = m.group(3).equalsIgnoreCase("in");
            boolean paren = m.group().startsWith("(");
            if ((in || paren) && !sentenceHasCohort) continue;
            // "96 patients were enrolled (48 in ...": the split must follow its total; "and 48 in ..." the split before
            if ((paren && !splitsTotal(s, base, m.start(), out, firstOfSentence))
                    || (in && !paren && (lastInEnd < 0 || m.start() - lastInEnd > 16))) continue;
            ArmPhrase arm = ArmAfterCount.letteredAt(s, m.end());
            if (arm == null) arm = ArmPhrases.startingAt(s, m.end());
            if (arm == null || arm.start() - m.end() > (in ? 4 : 40)) arm = in ? null : ArmAfterCount.randomisedTo(s, m.end());
            if (arm == null) {
                // "Of the 212 enrolled, 205 received a first dose": the treated part of a stated total
                if (!in && !paren && m.group(1) == null && TREATED.matcher(m.group(3)).matches()
                        && OF_TOTAL.matcher(s).lookingAt() && used.add(base + m.start(2)))
                    out.add(finding(p, size, base + m.start(2), base + m.end(), 0.7, null));
                continue;
            }
            // "12 in the placebo group had grade 3 events": a subgroup with an outcome, not an arm size
            if (in && CohortCues.firstVerb(s.substring(arm.end(), Math.min(s.length(), arm.end() + 120))) < 0) continue;
            used.add(base + m.start(2));
            out.add(finding(p, size, base + m.start(2), base + arm.end(), 0.75, NounArms.label(arms, arm, true)));
            lastInEnd = arm.end();
        }
    }

    /**
     * True when a whole-study count of this sentence ends right before the bracket at {@code at}, separated only
     * by a cohort verb ({@code 125 patients were registered (}); not for a count qualified as a subset
     * ({@code 727 patients with available data (}).
     */
    private static boolean splitsTotal(String s, int base, int at, List<Finding> out, int firstOfSentence) {
        for (int i = out.size() - 1; i >= firstOfSentence; i--) {
            Finding f = out.get(i);
            int end = f.passageEnd() - base;
            if (f.arm() != null || end > at || end < 0) continue;
            return TOTAL_TO_SPLIT.matcher(s.substring(end, at)).matches();
        }
        return false;
    }

    /** For a total stated before: {@code Of 1,024 patients screened, 720 were enrolled}. */
    private void elidedCohorts(Passage p, int base, String s, List<Finding> out, Set<Integer> used, boolean sentenceHasCount) {
        if (!sentenceHasCount) return;
        StartScan mScan = StartScan.atTokenStarts(ELIDED_COHORT, s, ElidedStarts.FIRST, ElidedStarts::mayStart);
        for (int from = 0; mScan.find(from); from = mScan.next()) {
            Matcher m = mScan.matcher();
            int size = CountWords.parse(m.group(1));
            if (!plausible(size) || used.contains(base + m.start(1))) continue;
            if (CohortCues.PERCENT_AFTER.matcher(s.substring(m.end(1), Math.min(s.length(), m.end(1) + 30))).lookingAt()) continue;
            used.add(base + m.start(1));
            out.add(finding(p, size, base + m.start(1), base + m.end(), 0.8, null));
        }
    }

    /** True when a finding of the same size ends just before {@code at}: {@code 45 patients ... (n = 45)}. */
    private static boolean restates(List<Finding> out, Passage p, int at, int size) {
        for (Finding f : out) {
            if (f.passageOrdinal() == p.ordinal() && ((Fact.Cohort) f.fact()).size() == size
                    && at >= f.passageEnd() && at - f.passageEnd() <= 3) return true;
        }
        return false;
    }

    private static boolean plausible(int size) {
        return size >= MIN_SIZE && size <= MAX_SIZE;
    }

    private Finding finding(Passage p, int size, int start, int end, double confidence, String arm) {
        return Findings.of(this, p, new Fact.Cohort(size), start, end, confidence, arm, false);
    }
}
