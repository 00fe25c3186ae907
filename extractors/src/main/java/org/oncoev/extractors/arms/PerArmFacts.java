package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.extractors.EvidenceType;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.text.StartChars;
import org.oncoev.extractors.text.StartScan;

/**
 * One number, one fact per arm, for a study whose design randomises patients to named arms ({@link
 * StudyArms#primary()}): a value written for both or each arm ({@code 3.1 months in both arms}; a size only in a
 * design sentence, {@code 90 were randomised to each group}) becomes one finding per arm; a dose the dose extractor left without an arm belongs to the one randomised arm whose name holds its agent
 * ({@code cetuximab} of {@code chemotherapy plus cetuximab}), else to the arm that the passage names last before it
 * ({@code Arm B received cetuximab 400 mg/m2}) when none or that one of several arms holds the agent, else to the
 * arms that hold it, else to the arm a design writes {@code with (X) or without (Y) agent} for, else to every
 * randomised arm (a regimen stated once for all arms). Copies keep the provenance of the original.
 * Pure.
 */
public final class PerArmFacts {
    private PerArmFacts() {}

    /** After a value: it holds for every arm. */
    private static final Pattern EVERY_ARM = Pattern.compile(
            "(?i)^[^.;\\d]{0,25}?\\b(?:in|for|of|to)\\s+(?:both|each|either|all)\\s+(?:the\\s+)?(?:two\\s+|three\\s+)?"
            + "(?:treatment\\s+|study\\s+)?(?:arms?|groups?|cohorts?)\\b");
    /** A cohort for each arm is one the design made: randomised, assigned, allocated or enrolled. */
    private static final Pattern DESIGN = Pattern.compile("(?i)\\b(?:randomi[sz]ed|randomly|assigned|allocated|enrolled)\\b");

    private static String sentenceOf(Passage p, Finding f) {
        for (org.oncoev.corpus.Span s : p.sentences()) {
            if (f.passageStart() >= s.start() && f.passageStart() < s.end() && s.end() <= p.text().length())
                return s.coveredText(p.text());
        }
        return p.text().substring(Math.max(0, f.passageStart() - 200), Math.min(p.text().length(), f.passageEnd() + 200));
    }

    /** Characters before a dose searched for the arm the passage is describing. */
    private static final int DOSE_CONTEXT = 400;

    /** Returns the findings with per-arm copies inserted after their originals. */
    public static List<Finding> apply(Document document, List<Finding> findings, StudyArms arms) {
        List<Integer> primary = arms.primary();
        if (primary.size() < 2) return findings;
        Map<Integer, Passage> passages = new HashMap<>();
        for (Passage p : document.passages()) passages.put(p.ordinal(), p);
        List<Finding> out = new ArrayList<>(findings.size());
        Map<String, Integer> perSpan = new HashMap<>();
        for (Finding f : findings) perSpan.merge(FindingSpans.span(f), 1, Integer::sum);
        List<String[]> designs = null;
        for (Finding f : findings) {
            Passage p = passages.get(f.passageOrdinal());
            if (f.arm() != null && p != null && p.kind() != PassageKind.TABLE && f.type() == EvidenceType.DOSE
                    && f.accepted() && !f.cited() && perSpan.get(FindingSpans.span(f)) == 1) {
                // the extractor's arm gives way to the arm whose bracketed name closes the dose's regimen
                int closer = regimenCloser(p.text(), f.passageEnd(), arms);
                out.add(closer >= 0 && arms.indexOf(f.arm()) != closer ? f.withArm(arms.arms().get(closer).label()) : f);
                continue;
            }
            if (!f.accepted() || f.cited() || p == null || f.type() == EvidenceType.P_VALUE
                    || f.type() == EvidenceType.HAZARD_RATIO || f.arm() != null) {
                out.add(f);
                continue;
            }
            String after = p.text().substring(Math.min(f.passageEnd(), p.text().length()),
                    Math.min(p.text().length(), f.passageEnd() + 60));
            if (f.type() != EvidenceType.DOSE) {
                if (EVERY_ARM.matcher(after).find() && (f.type() != EvidenceType.COHORT || DESIGN.matcher(sentenceOf(p, f)).find())) {
                    for (int arm : primary) out.add(f.withArm(arms.arms().get(arm).label()));
                } else out.add(f);
                continue;
            }
            List<Integer> holding = armsNaming(((Fact.Dose) f.fact()).agent(), arms, primary);
            int closer = p.kind() == PassageKind.TABLE ? -1 : regimenCloser(p.text(), f.passageEnd(), arms);
            int context = p.kind() == PassageKind.TABLE ? -1 : lastArmBefore(p.text(), f.passageStart(), arms);
            if (closer >= 0 && (holding.isEmpty() || holding.contains(closer))) holding = List.of(closer);
            else if (context >= 0 && (holding.isEmpty() || holding.size() > 1 && holding.contains(context))) holding = List.of(context);
            if (holding.isEmpty()) {
                if (designs == null) designs = withOrWithoutDesigns(document);
                holding = withOrWithout(designs, ((Fact.Dose) f.fact()).agent(), arms, primary);
            }
            for (int arm : holding) out.add(f.withArm(arms.arms().get(arm).label()));
        }
        return out;
    }

    /** What ends a regimen before the name that closes it: another regimen or the sentence. */
    static final Pattern REGIMEN_END = Pattern.compile("(?i)\\bor\\b|\\bversus\\b|\\bvs\\b|\\.\\s+\\p{Lu}");
    static final StartChars REGIMEN_END_STARTS = StartChars.of(".", false, "ov");

    /** Where {@link #REGIMEN_END} may start: a period, or {@code o}/{@code v} where {@code \b} may hold. */
    static boolean regimenEndMayStart(String s, int i) {
        return s.charAt(i) == '.' || StartScan.wordMayStart(s, i);
    }

    /**
     * The arm whose name closes, in brackets, the regimen a dose belongs to ({@code drug A 40 mg/m2 on day 1 plus
     * drug B 2 mg/kg (AB) or ...}): the first arm named after {@code end} within {@value #DOSE_CONTEXT} characters,
     * before {@code or}, {@code versus} or the sentence ends, when the name stands in brackets; else -1.
     */
    public static int regimenCloser(String text, int end, StudyArms arms) {
        if (end < 0 || end >= text.length()) return -1;
        String window = text.substring(end, Math.min(text.length(), end + DOSE_CONTEXT));
        StartScan stop = new StartScan(REGIMEN_END, window, REGIMEN_END_STARTS, PerArmFacts::regimenEndMayStart);
        if (stop.find(0)) window = window.substring(0, stop.matcher().start());
        List<StudyArms.Mention> mentions = arms.mentions(window);
        if (mentions.isEmpty()) return -1;
        StudyArms.Mention m = mentions.get(0);
        String before = window.substring(0, m.start()).stripTrailing();
        String after = window.substring(m.end()).stripLeading();
        boolean bracketed = before.endsWith("(") && (after.startsWith(")") || after.startsWith(";") || after.startsWith(","));
        // with (X) or without (Y) agent: the bracket names who gets the agent after it, not the regimen before it
        boolean withOrWithout = WITH_BRACKET.matcher(before).find();
        return bracketed && !withOrWithout ? m.arm() : -1;
    }

    /** The arm named last in the passage within {@value #DOSE_CONTEXT} characters before {@code at}, or -1. */
    private static int lastArmBefore(String text, int at, StudyArms arms) {
        int from = Math.max(0, at - DOSE_CONTEXT);
        String window = text.substring(from, Math.min(at, text.length()));
        List<StudyArms.Mention> mentions = arms.mentions(window);
        return mentions.isEmpty() ? -1 : mentions.get(mentions.size() - 1).arm();
    }

    private static final Pattern WITH_BRACKET = Pattern.compile("(?i)\\bwith(?:out)?\\s*\\($");

    /** {@code with (X) or without (Y) agent}: the design gives the agent to arm X only. */
    private static final Pattern WITH_OR_WITHOUT = Pattern.compile(
            "(?i)\\bwith\\s*\\(([^()]{1,30})\\)\\s*or\\s+without\\s*\\(([^()]{1,30})\\)\\s*([^.;()]{1,60})");

    /** Each {@code with (X) or without (Y) words} of the document's running text: X, Y and the words. */
    static List<String[]> withOrWithoutDesigns(Document document) {
        List<String[]> out = new ArrayList<>();
        for (Passage p : document.passages()) {
            if (p.kind() != PassageKind.TABLE && p.kind().carriesEvidence()) out.addAll(withOrWithoutDesigns(p.text()));
        }
        return out;
    }

    /** Each {@code with (X) or without (Y) words} of one text (at most 20). */
    public static List<String[]> withOrWithoutDesigns(String text) {
        List<String[]> out = new ArrayList<>();
        if (!text.contains("without")) return out;
        java.util.regex.Matcher m = WITH_OR_WITHOUT.matcher(text);
        while (m.find() && out.size() < 20) out.add(new String[] {m.group(1), m.group(2), m.group(3).toLowerCase(Locale.ROOT)});
        return out;
    }

    /**
     * The arm a design sentence writes {@code with (X) or without (Y) agent} for (a few words may stand between
     * {@code without (Y)} and the agent), when Y names another arm or none; else -1.
     */
    public static int withArm(List<String[]> designs, String agent, StudyArms arms) {
        if (agent == null) return -1;
        String a = agent.toLowerCase(Locale.ROOT);
        for (String[] d : designs) {
            if (!d[2].contains(a)) continue;
            int with = onlyArm(d[0], arms);
            if (with >= 0 && onlyArm(d[1], arms) != with) return with;
        }
        return -1;
    }

    /** The randomised arms that receive {@code agent} when no arm names it: the {@link #withArm} arm, else all. */
    static List<Integer> withOrWithout(List<String[]> designs, String agent, StudyArms arms, List<Integer> primary) {
        int with = withArm(designs, agent, arms);
        return with >= 0 && primary.contains(with) ? List.of(with) : primary;
    }

    /** The arm a bracket's words name ({@code DZ group}), or -1 when they name none or several. */
    private static int onlyArm(String words, StudyArms arms) {
        List<StudyArms.Mention> mentions = arms.mentions(words);
        int arm = mentions.isEmpty() ? -1 : mentions.get(0).arm();
        for (StudyArms.Mention m : mentions) if (m.arm() != arm) return -1;
        return arm;
    }

    /** The randomised arms whose label or aliases name {@code agent} (by generic name). */
    private static List<Integer> armsNaming(String agent, StudyArms arms, List<Integer> primary) {
        List<Integer> out = new ArrayList<>();
        if (agent == null) return out;
        String a = agent.toLowerCase(Locale.ROOT);
        TreatmentVocabulary vocab = TreatmentVocabulary.get();
        for (int arm : primary) {
            StudyArm sa = arms.arms().get(arm);
            boolean names = false;
            List<String> forms = new ArrayList<>(sa.aliases());
            forms.add(sa.label());
            for (String form : forms) {
                for (String w : form.split("[\\s+/,]+")) {
                    if (!w.isEmpty() && vocab.canonical(w).equals(a)) names = true;
                }
            }
            if (names) out.add(arm);
        }
        return out;
    }
}
