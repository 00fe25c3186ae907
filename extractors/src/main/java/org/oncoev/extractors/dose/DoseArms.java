package org.oncoev.extractors.dose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.arms.StudyArm;
import org.oncoev.extractors.arms.StudyArms;
import org.oncoev.extractors.lexicon.AgentLexicon;
import org.oncoev.extractors.lexicon.AgentMention;
import static org.oncoev.extractors.dose.TreatmentSets.CHEMO;
import static org.oncoev.extractors.dose.TreatmentSets.MODIFIER;
import static org.oncoev.extractors.dose.TreatmentSets.distinctTreatments;
import static org.oncoev.extractors.dose.TreatmentSets.modifiers;
import static org.oncoev.extractors.dose.TreatmentSets.partOfAddOn;
import static org.oncoev.extractors.dose.TreatmentSets.scheduleWord;
import static org.oncoev.extractors.dose.TreatmentSets.size;
import static org.oncoev.extractors.dose.TreatmentSets.withoutModifiers;

/**
 * The arms of a document as treatment sets, for giving a dose to every arm that receives it (Rulings: a regimen
 * stated once for all arms is a dose of each arm). Each arm label is read for its agents (regimens and procedures
 * count by their components; defined abbreviations count, also for combinations: {@code DE + rh-endostatin},
 * {@code XEC}) and for class words: {@code chemotherapy} covers every cytotoxic agent and leucovorin,
 * {@code chemoradiotherapy} also radiotherapy. Labels naming the same treatment set are one arm (the first label
 * names it); a label naming only placebo is an arm that receives nothing of its own; other labels naming no
 * treatment ({@code Arm A}) are not used. The arms a design sentence randomises to ({@link StudyArms#primary()})
 * stand in when the labels give fewer than two arms or name less. An agent no arm names goes to the one arm a
 * design writes {@code with (X) or without (Y) agent} for. One instance per passage; not shared between threads.
 */
final class DoseArms {
    private static final Pattern CONTROL_WORD = Pattern.compile("(?i)\\b(?:alone|only)\\b");
    private static final Pattern ARM_WORD = Pattern.compile("(?i)\\b(?:alone|only|monotherapy|placebo)\\b");
    private static final Set<String> WITH_CHEMOTHERAPY = Set.of("leucovorin", "levoleucovorin");
    private static final Pattern PLACEBO = Pattern.compile("(?i)\\bplacebo\\b");
    /** The treatment set of a label that names only placebo. */
    private static final String PLACEBO_ARM = "#placebo";
    /** More arms receiving one agent than this means the labels include other studies' arms: no expansion. */
    private static final int MAX_ARMS = 3;

    private final AgentLexicon lexicon;
    private final ExtractionContext context;
    private Map<String, Set<String>> arms;
    private final Map<String, Set<String>> treatments = new java.util.HashMap<>();
    private List<String> nearbyLabels;
    /** Schedule word -> the arm it alone tells apart; built on first use. */
    private Map<String, String> byWord;

    DoseArms(AgentLexicon lexicon, ExtractionContext context) {
        this(lexicon, context, "");
    }

    /** {@code passage}: the text whose {@code with (X) or without (Y) agent} designs tell which arm receives an agent. */
    DoseArms(AgentLexicon lexicon, ExtractionContext context, String passage) {
        this.lexicon = lexicon;
        this.context = context;
        this.passage = passage;
    }

    private final String passage;
    /** The passage's {@code with (X) or without (Y) agent} designs; read on first use. */
    private List<String[]> designs;

    /** The study arm of {@code all} that a {@code with (X) or without (Y) agent} design gives the agent to, or null. */
    private String withArm(String agent, List<String> all) {
        if (designs == null) designs = org.oncoev.extractors.arms.PerArmFacts.withOrWithoutDesigns(passage);
        int arm = org.oncoev.extractors.arms.PerArmFacts.withArm(designs, agent, context.arms());
        if (arm < 0) return null;
        String label = context.arms().arms().get(arm).label();
        return all.contains(label) ? label : null;
    }

    /**
     * The arms a dose of {@code agent} belongs to (a list holding null when none is known):
     * <ul>
     * <li>the arm named next to it ({@code nearby}) when that arm receives the agent and no other receiving arm's
     * treatments include all of its own (then {@code FOLFOX4} names the shared regimen, not the arm), unless the
     * text uses it as an arm ({@code usedAsArm}: {@code (RT; ...)}, {@code the CRT arm}) or says {@code FOLFOX4 alone};
     * a label that is only the agent's own name ({@code bevacizumab}) names no arm unless used as one;</li>
     * <li>in a sentence about the paper's own study: every arm that receives it when two or three do and they differ
     * in treatments (arms differing only in schedule, {@code weekly} or {@code 3-weekly docetaxel}, get their own
     * doses); or every arm of the study when no arm names the agent (a background treatment: radiotherapy after
     * surgery, premedication) and the study has two or three arms;</li>
     * <li>else the one arm that receives it, or {@code nearby}.</li>
     * </ul>
     */
    List<String> of(String agent, String nearby, boolean usedAsArm, BooleanSupplier citedSentence) {
        return of(agent, nearby, usedAsArm, citedSentence, false);
    }

    /**
     * As {@link #of(String, String, boolean, BooleanSupplier)}; {@code everyArm}: the sentence gives the dose to every
     * arm ({@code all patients received}, {@code in both arms}) and names none, so the study's two or three arms
     * receive it unless the sentence is cited or an arm is named next to the dose.
     */
    List<String> of(String agent, String nearby, boolean usedAsArm, BooleanSupplier citedSentence, boolean everyArm) {
        return of(agent, nearby, usedAsArm, citedSentence, everyArm, null);
    }

    /**
     * As {@link #of(String, String, boolean, BooleanSupplier, boolean)}; {@code closer}: the study arm whose name closes
     * the dose's regimen in brackets ({@code drug A 40 mg/m2 on day 1 (AB)}), or null. When no arm's treatments name
     * the agent, that arm alone receives it rather than every arm of the study.
     */
    List<String> of(String agent, String nearby, boolean usedAsArm, BooleanSupplier citedSentence, boolean everyArm,
                    String closer) {
        // a lettered arm of the study used as one next to the dose ({@code the standard treatment (arm B) was ...})
        if (usedAsArm && nearby != null && letteredArms().contains(nearby)) return List.of(nearby);
        List<String> receiving = new ArrayList<>();
        for (Map.Entry<String, Set<String>> arm : arms().entrySet())
            if (receives(arm.getValue(), agent)) receiving.add(arm.getKey());
        // a label that is no arm here (chemotherapy, the agent's own name) names no arm next to the dose
        boolean named = nearby != null && (arms().containsKey(nearby) || ARM_WORD.matcher(nearby).find())
                && (usedAsArm || !treatments(nearby).equals(Set.of(agent)) || !modifiers(nearby).isEmpty());
        boolean explicit = usedAsArm || ARM_WORD.matcher(nearby == null ? "" : nearby).find();
        if (named && (receiving.contains(nearby) || receives(treatments(nearby), agent))
                && (explicit || !sharedPart(nearby, receiving) || citedSentence.getAsBoolean()))
            return List.of(sameArm(nearby));
        if (everyArm && !named && !citedSentence.getAsBoolean()) {
            List<String> all = studyArms();
            if (all.size() >= 2 && all.size() <= MAX_ARMS) return all;
        }
        if (receiving.size() >= 2 && receiving.size() <= MAX_ARMS && !scheduleArms(receiving, agent)
                && !citedSentence.getAsBoolean()) return receiving;
        boolean control = arms().keySet().stream().anyMatch(l -> CONTROL_WORD.matcher(l).find());
        // the control arm (chemotherapy alone) receives it: so does every arm; no arm names it: every arm, unless
        // a control arm is named (then it is what the other arms add)
        boolean inControl = receiving.size() == 1 && CONTROL_WORD.matcher(receiving.get(0)).find()
                && addOnsOf(receiving.get(0));
        if (!named && (inControl || receiving.isEmpty() && !control)) {
            List<String> all = studyArms();
            // the regimen's bracketed name tells its arm when the arms' labels do not
            if (receiving.isEmpty() && closer != null && all.contains(closer)) return List.of(closer);
            String with = receiving.isEmpty() ? withArm(agent, all) : null;
            if (with != null) return List.of(with);
            if (all.size() >= 2 && all.size() <= MAX_ARMS && !citedSentence.getAsBoolean()) return all;
        }
        List<String> one = new ArrayList<>();
        one.add(receiving.size() == 1 ? receiving.get(0) : nearby);
        return one;
    }

    /** The arms with their treatments and the study's arms, for people. */
    @Override
    public String toString() {
        return arms() + " study=" + studyArms();
    }

    /**
     * For arms told apart by schedule words only ({@code weekly docetaxel}, {@code 3-weekly docetaxel}): the arm whose
     * schedule word {@code before} (the sentence up to a dose) names last ({@code the weekly group was given}), or null.
     */
    String bySchedule(String before) {
        List<String> named = scheduleArms(before);
        return named.isEmpty() ? null : named.get(named.size() - 1);
    }

    /**
     * For arms told apart by schedule words only: the arm of the one schedule word {@code clause} names (the dose's
     * own clause, {@code 40 Gy in 20 twice-daily fractions}), or null when it names none or two.
     */
    String byOwnSchedule(String clause) {
        List<String> named = scheduleArms(clause);
        return named.isEmpty() || named.stream().distinct().count() > 1 ? null : named.get(0);
    }

    /** The arms whose schedule word {@code text} names, in order (none when fewer than two arms have one). */
    private List<String> scheduleArms(String text) {
        if (byWord == null) {
            byWord = new LinkedHashMap<>();
            for (String label : arms().keySet()) {
                Set<String> words = modifiers(label);
                if (words.size() == 1) byWord.put(words.iterator().next(), label);
            }
        }
        List<String> out = new ArrayList<>();
        if (byWord.size() < 2) return out;
        Matcher m = MODIFIER.matcher(text);
        while (m.find()) {
            int b = m.start() - 1;
            if (b >= 0 && (text.charAt(b) == '-' || Character.isLetterOrDigit(text.charAt(b)))) continue;
            String label = byWord.get(scheduleWord(m.group()));
            if (label != null) out.add(label);
        }
        return out;
    }

    /** True when {@code label} names a schedule word ({@code weekly}, {@code twice-daily}). */
    static boolean hasSchedule(String label) {
        return label != null && MODIFIER.matcher(label).find();
    }

    /** The labels to look for next to a dose: the document's arm labels, and the randomised arms when they stand in. */
    List<String> nearbyLabels() {
        if (nearbyLabels == null) {
            List<String> out = new ArrayList<>(context.armLabels());
            for (String label : arms().keySet()) if (!out.contains(label)) out.add(label);
            nearbyLabels = List.copyOf(out);
        }
        return nearbyLabels;
    }

    /** The arm whose label names the same treatments and schedule words as {@code label} ({@code RT only} is {@code RT}), else the label. */
    private String sameArm(String label) {
        if (arms().containsKey(label)) return label;
        Set<String> t = treatments(label);
        Set<String> words = modifiers(label);
        for (Map.Entry<String, Set<String>> arm : arms().entrySet())
            if (!t.isEmpty() && arm.getValue().equals(t) && modifiers(arm.getKey()).equals(words)) return arm.getKey();
        return label;
    }

    /**
     * True when the arms listed name {@code agent} and have the same treatments, so they differ in its schedule or
     * dose level ({@code weekly} and {@code 3-weekly docetaxel}): each arm has its own dose of it.
     */
    private boolean scheduleArms(List<String> labels, String agent) {
        Set<String> first = arms().get(labels.get(0));
        if (!first.contains(agent)) return false;
        for (String l : labels) if (!arms().get(l).equals(first)) return false;
        return true;
    }

    /**
     * The study's arms: the treatment arms when there are two or more, else one series of lettered arms, else the
     * arms a design sentence randomises patients to ({@link StudyArms#primary()}).
     */
    private List<String> studyArms() {
        if (arms().size() >= 2) return List.copyOf(arms().keySet());
        List<String> lettered = letteredArms();
        return lettered.isEmpty() ? primaryArms() : lettered;
    }

    /** The labels of the arms a design sentence names, when it names two or three distinct ones. */
    private List<String> primaryArms() {
        return primaryStudyArms().stream().map(StudyArm::label).toList();
    }

    private List<StudyArm> primaryStudyArms() {
        StudyArms catalog = context.arms();
        List<StudyArm> out = new ArrayList<>();
        for (int i : catalog.primary())
            if (i >= 0 && i < catalog.arms().size() && out.stream().noneMatch(a -> a.label().equals(catalog.arms().get(i).label())))
                out.add(catalog.arms().get(i));
        return out.size() >= 2 && out.size() <= MAX_ARMS ? out : List.of();
    }

    /** One series of lettered arms among the labels ({@code Arm A, Arm B}), or none. */
    private List<String> letteredArms() {
        return LetteredArms.series(context.armLabels());
    }

    /** True when every arm has the treatments of {@code control} (the others add to it: not {@code RT only} beside {@code TMZ}). */
    private boolean addOnsOf(String control) {
        Set<String> base = arms().get(control);
        for (Set<String> t : arms().values()) if (!t.containsAll(base)) return false;
        return true;
    }

    /** True when another receiving arm has every treatment {@code nearby} names (and more). */
    private boolean sharedPart(String nearby, List<String> receiving) {
        Set<String> own = treatments(nearby);
        for (String arm : receiving) {
            Set<String> other = arms().get(arm);
            if (!arm.equals(nearby) && other.size() > own.size() && other.containsAll(own)) return true;
        }
        return false;
    }

    private boolean receives(Set<String> treatments, String agent) {
        if (treatments.contains(agent)) return true;
        if (!treatments.contains(CHEMO)) return false;
        return WITH_CHEMOTHERAPY.contains(agent)
                || lexicon.entry(agent).map(e -> e.agentClass().equals("cytotoxic")).orElse(false);
    }

    /**
     * Arm label -> treatment set, one label per distinct non-empty set, without labels that name a part of an
     * add-on comparison rather than an arm ({@link TreatmentSets#partOfAddOn}) or only {@code chemotherapy} where no arm adds
     * anything to chemotherapy.
     */
    private Map<String, Set<String>> arms() {
        if (arms != null) return arms;
        Map<Set<String>, String> byKey = new LinkedHashMap<>();
        for (String label : context.armLabels()) {
            Set<String> t = treatments(label);
            // a placebo arm receives only what every arm receives
            if (t.isEmpty() && PLACEBO.matcher(label).find()) t = Set.of(PLACEBO_ARM);
            if (t.isEmpty()) continue;
            Set<String> key = new LinkedHashSet<>(t);
            Matcher m = MODIFIER.matcher(label);
            while (m.find()) key.add("~" + scheduleWord(m.group()));
            byKey.putIfAbsent(key, label);
        }
        // a label without schedule words whose treatments two labels with schedule words share is no arm of its
        // own (concurrent chemoradiotherapy beside its once-daily and twice-daily arms)
        Map<Set<String>, Integer> variants = new java.util.HashMap<>();
        for (Set<String> key : byKey.keySet()) {
            Set<String> plain = withoutModifiers(key);
            if (plain.size() < key.size()) variants.merge(plain, 1, Integer::sum);
        }
        byKey.keySet().removeIf(key -> withoutModifiers(key).size() == key.size() && variants.getOrDefault(key, 0) >= 2);
        arms = new LinkedHashMap<>();
        boolean chemoPlus = byKey.keySet().stream().anyMatch(t -> t.contains(CHEMO) && t.size() > 1);
        byKey.forEach((key, label) -> {
            if (key.equals(Set.of(CHEMO)) && !chemoPlus && !CONTROL_WORD.matcher(label).find()) return;
            if (!ARM_WORD.matcher(label).find() && partOfAddOn(key, byKey.keySet())) return;
            arms.put(label, key.contains(PLACEBO_ARM) ? Set.of() : treatments(label));
        });
        // the randomised arms stand in when the labels give fewer than two arms, or when each names its own treatments
        // and together they name more than the labels do
        Map<String, Set<String>> primary = primaryTreatments();
        if (primary != null && (arms.size() < 2 || distinctTreatments(primary) && size(primary) > size(arms))) arms = primary;
        return arms;
    }

    /**
     * The arms a design sentence randomises patients to, each with the treatments its label and aliases name
     * (drugs the lexicon lacks count by their stems), when some arm names a treatment; else null.
     */
    private Map<String, Set<String>> primaryTreatments() {
        List<StudyArm> primary = primaryStudyArms();
        if (primary.isEmpty()) return null;
        Map<String, Set<String>> out = new LinkedHashMap<>();
        boolean any = false;
        for (StudyArm arm : primary) {
            String label = arm.label();
            Set<String> t = new LinkedHashSet<>(treatments(label));
            for (String alias : arm.aliases()) t.addAll(treatments(alias));
            if (label.length() <= 200)
                for (AgentMention m : UnknownAgents.merge(List.of(), label)) t.add(m.genericName());
            any |= !t.isEmpty();
            out.put(label, t);
        }
        return any ? out : null;
    }

    /** The agents (and {@link TreatmentSets#CHEMO}) an arm label names; memoised per label. */
    private Set<String> treatments(String label) {
        if (label == null) return Set.of();
        return treatments.computeIfAbsent(label, l -> TreatmentSets.read(lexicon, context, l));
    }
}
