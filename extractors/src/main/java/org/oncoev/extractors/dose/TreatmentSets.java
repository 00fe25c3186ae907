package org.oncoev.extractors.dose;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.abbrev.AbbreviationMention;
import org.oncoev.extractors.lexicon.AgentLexicon;
import org.oncoev.extractors.lexicon.AgentMention;
import org.oncoev.extractors.lexicon.LexiconEntry;

/**
 * The treatment sets {@link DoseArms} compares arms by, read from arm labels: the agents a label names
 * ({@link #read}), its schedule words ({@link #modifiers}), and the set arithmetic over labels' keys (a key is a
 * treatment set plus its schedule words, each prefixed {@code ~}). Stateless and thread-safe.
 */
final class TreatmentSets {
    /** Stands for every cytotoxic agent in a treatment set. */
    static final String CHEMO = "#chemotherapy";
    /** Words that tell two arms of the same treatments apart: schedule, dose level, sequence. */
    static final Pattern MODIFIER = Pattern.compile("(?i)\\b(?:(?:once|twice)[- ]daily|(?:\\d{1,2}-|bi-?|tri-?)?weekly"
            + "|(?:high|low|standard|reduced)[- ]dose|dose[- ]dense|sequential|alternating|hypofractionated|conventional)\\b");
    private static final Pattern CHEMO_WORD = Pattern.compile(
            "(?i)\\bchemo(?:therapy|therapies|radiotherapy|radiation)?\\b|\\bchemo-|\\b(?:CRT|CCRT)\\b");
    /** Compiled once (it ran as String.replaceAll, compiling on every call). */
    private static final Pattern RX_DASHES = Pattern.compile("[\\s-]+");

    private TreatmentSets() {
    }

    /** A {@link #MODIFIER} match in one spelling: lower case, spaces and dashes as one hyphen ({@code twice-daily}). */
    static String scheduleWord(String matched) {
        return RX_DASHES.matcher(matched.toLowerCase(Locale.ROOT)).replaceAll("-");
    }

    /** The schedule words {@code label} names, in {@link #scheduleWord} spelling and text order. */
    static Set<String> modifiers(String label) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = MODIFIER.matcher(label);
        while (m.find()) out.add(scheduleWord(m.group()));
        return out;
    }

    /** The number of treatments all arms name together, counting each arm's own. */
    static int size(Map<String, Set<String>> arms) {
        int n = 0;
        for (Set<String> t : arms.values()) n += t.size();
        return n;
    }

    /** True when every arm names treatments and no two name the same. */
    static boolean distinctTreatments(Map<String, Set<String>> arms) {
        Set<Set<String>> seen = new java.util.HashSet<>();
        for (Set<String> t : arms.values()) if (t.isEmpty() || !seen.add(t)) return false;
        return true;
    }

    /** A key without its schedule words ({@code ~}-prefixed entries). */
    static Set<String> withoutModifiers(Set<String> key) {
        Set<String> plain = new LinkedHashSet<>(key);
        plain.removeIf(t -> t.startsWith("~"));
        return plain;
    }

    /**
     * True when {@code set} is one part of another label's treatments whose other part is a label too: with
     * {@code chemotherapy alone}, {@code chemotherapy plus bevacizumab} and {@code bevacizumab}, the last names the
     * added drug, not an arm. A label saying {@code alone}, {@code only} or {@code placebo} is an arm regardless
     * (the caller tests that).
     */
    static boolean partOfAddOn(Set<String> set, Set<Set<String>> all) {
        for (Set<String> bigger : all) {
            if (bigger.size() <= set.size() || !bigger.containsAll(set)) continue;
            Set<String> rest = new LinkedHashSet<>(bigger);
            rest.removeAll(set);
            if (all.contains(rest)) return true;
        }
        return false;
    }

    /**
     * The agents (and {@link #CHEMO}) an arm label names: agents by their generic names (not placebo); regimens by
     * their components; procedures also by themselves ({@code #name}) and as chemotherapy when a form says so (HIPEC);
     * a combination the document abbreviates by the agents of its long form. Empty for labels over 200 characters.
     */
    static Set<String> read(AgentLexicon lexicon, ExtractionContext context, String label) {
        Set<String> out = new LinkedHashSet<>();
        if (label.length() > 200) return out;
        for (AgentMention m : lexicon.find(label, context.abbreviations())) {
            if (m.kind() == AgentMention.Kind.AGENT) {
                if (!m.genericName().equals("placebo")) out.add(m.genericName());
            } else {
                // a regimen counts by its agents; a procedure also by itself, and as chemotherapy when it is one (HIPEC)
                LexiconEntry e = lexicon.entry(m.genericName()).orElse(null);
                if (e == null) continue;
                out.addAll(e.components());
                if (e.kind() == AgentMention.Kind.PROCEDURE) {
                    out.add("#" + e.name());
                    if (e.forms().stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).contains("chemo"))) out.add(CHEMO);
                }
            }
        }
        if (CHEMO_WORD.matcher(label).find()) out.add(CHEMO);
        // a combination the document abbreviates ({@code XEC (xeloda/epirubicin/cyclophosphamide)}) counts by its agents
        for (AbbreviationMention d : context.abbreviations().mentions(label)) {
            String longForm = d.abbreviation().longForm();
            if (longForm.length() > 200) continue;
            List<AgentMention> named = lexicon.find(longForm).stream().filter(AgentMention::isAgent).toList();
            if (named.size() >= 2) named.forEach(m -> out.add(m.genericName()));
        }
        return out;
    }
}
