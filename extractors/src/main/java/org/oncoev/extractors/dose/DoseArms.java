package org.oncoev.extractors.dose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.lexicon.AgentLexicon;
import org.oncoev.extractors.lexicon.AgentMention;

/**
 * The arms of a document as treatment sets, for giving a dose to every arm that receives it (Rulings: a regimen
 * stated once for all arms is a dose of each arm). Each arm label is read for its agents (regimens and procedures
 * count by their components; defined abbreviations count: {@code DE + rh-endostatin}) and for class words:
 * {@code chemotherapy} covers every cytotoxic agent and leucovorin, {@code chemoradiotherapy} also radiotherapy.
 * Labels naming the same treatment set are one arm (the first label names it); labels naming no treatment
 * ({@code Arm A}, {@code placebo}) are not used. One instance per sentence; not shared between threads.
 */
final class DoseArms {
    /** Stands for every cytotoxic agent in a treatment set. */
    private static final String CHEMO = "#chemotherapy";
    private static final Pattern CHEMO_WORD = Pattern.compile(
            "(?i)\\bchemo(?:therapy|therapies|radiotherapy|radiation)?\\b|\\bchemo-|\\b(?:CRT|CCRT)\\b");
    private static final Pattern ARM_WORD = Pattern.compile("(?i)\\b(?:alone|only|monotherapy|placebo)\\b");
    private static final Set<String> WITH_CHEMOTHERAPY = Set.of("leucovorin", "levoleucovorin");
    /** More arms receiving one agent than this means the labels include other studies' arms: no expansion. */
    private static final int MAX_ARMS = 3;

    private final AgentLexicon lexicon;
    private final ExtractionContext context;
    private Map<String, Set<String>> arms;

    DoseArms(AgentLexicon lexicon, ExtractionContext context) {
        this.lexicon = lexicon;
        this.context = context;
    }

    /**
     * The arms a dose of {@code agent} belongs to: the arm named next to it ({@code nearby}) when that arm receives
     * the agent and no other receiving arm's treatments include all of its own (then {@code FOLFOX4} names the
     * shared regimen, not the arm); else every arm that receives it when two or three do and the sentence reports
     * the paper's own study; else the one arm that receives it, or {@code nearby}, or none (a list holding null).
     */
    List<String> of(String agent, String nearby, boolean cited) {
        List<String> receiving = new ArrayList<>();
        for (Map.Entry<String, Set<String>> arm : arms().entrySet())
            if (receives(arm.getValue(), agent)) receiving.add(arm.getKey());
        if (nearby != null && (receiving.contains(nearby) || receives(treatments(nearby), agent))
                && (cited || !sharedPart(nearby, receiving))) return List.of(nearby);
        if (!cited && receiving.size() >= 2 && receiving.size() <= MAX_ARMS) return receiving;
        List<String> one = new ArrayList<>();
        one.add(receiving.size() == 1 ? receiving.get(0) : nearby);
        return one;
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
     * add-on comparison rather than an arm ({@link #partOfAddOn}) or only {@code chemotherapy} where no arm adds
     * anything to chemotherapy.
     */
    private Map<String, Set<String>> arms() {
        if (arms != null) return arms;
        Map<Set<String>, String> bySet = new LinkedHashMap<>();
        for (String label : context.armLabels()) {
            Set<String> t = treatments(label);
            if (!t.isEmpty()) bySet.putIfAbsent(t, label);
        }
        arms = new LinkedHashMap<>();
        boolean chemoPlus = bySet.keySet().stream().anyMatch(t -> t.contains(CHEMO) && t.size() > 1);
        bySet.forEach((set, label) -> {
            if (set.equals(Set.of(CHEMO)) && !chemoPlus) return;
            if (!ARM_WORD.matcher(label).find() && partOfAddOn(set, bySet.keySet())) return;
            arms.put(label, set);
        });
        return arms;
    }

    /**
     * True when {@code set} is one part of another label's treatments whose other part is a label too: with
     * {@code chemotherapy alone}, {@code chemotherapy plus bevacizumab} and {@code bevacizumab}, the last names the
     * added drug, not an arm. A label saying {@code alone}, {@code only} or {@code placebo} is an arm regardless.
     */
    private static boolean partOfAddOn(Set<String> set, Set<Set<String>> all) {
        for (Set<String> bigger : all) {
            if (bigger.size() <= set.size() || !bigger.containsAll(set)) continue;
            Set<String> rest = new LinkedHashSet<>(bigger);
            rest.removeAll(set);
            if (all.contains(rest)) return true;
        }
        return false;
    }

    /** The agents (and {@link #CHEMO}) an arm label names. */
    private Set<String> treatments(String label) {
        Set<String> out = new LinkedHashSet<>();
        if (label == null || label.length() > 200) return out;
        for (AgentMention m : lexicon.find(label, context.abbreviations())) {
            if (m.kind() == AgentMention.Kind.AGENT) {
                if (!m.genericName().equals("placebo")) out.add(m.genericName());
            } else {
                out.addAll(lexicon.entry(m.genericName()).map(e -> e.components()).orElse(List.of()));
                if (m.matchedForm().toLowerCase(Locale.ROOT).contains("chemo")) out.add(CHEMO);
            }
        }
        if (CHEMO_WORD.matcher(label).find()) out.add(CHEMO);
        return out;
    }
}
