package org.oncoev.extractors.arms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells whether a word names a treatment (a drug, regimen or procedure) and gives the canonical token used
 * to compare arm labels. Reads the project's agent lexicon from the classpath once; without it, falls back
 * to drug-name suffixes and generic therapy words. Immutable and thread-safe.
 */
public final class TreatmentVocabulary {
    private static final String LEXICON = "/org/oncoev/extractors/lexicon/agents.tsv";

    /** Generic therapy words that name an arm's treatment on their own. */
    private static final Set<String> THERAPY_WORDS = Set.of("chemotherapy", "radiotherapy", "radiation",
            "placebo", "surgery", "resection", "hepatectomy", "observation", "immunotherapy",
            "chemoradiotherapy", "chemoradiation", "monotherapy", "embolization", "ablation", "transplantation",
            "hormonotherapy", "endocrine", "chemo", "rt", "bsc", "supportive", "vaccine", "irradiation");

    /** Drug-name endings: a word of {@code [a-z-]} with at least two characters before one of them is a drug. */
    private static final String[] DRUG_SUFFIXES = {"mab", "nib", "lib", "platin", "taxel", "rubicin", "mycin", "tecan",
            "stine", "parib", "abine", "citabine", "trexate", "fosfamide", "phamide", "zomib", "lisib", "ciclib",
            "rafenib", "tinib", "statin", "retinoin", "azole", "relin", "mustine", "poside"};

    private static final TreatmentVocabulary INSTANCE = load();

    /** lower-case form -> generic name (for case-insensitive forms) */
    private final Map<String, String> insensitive;
    /** exact form -> generic name (short all-capital forms) */
    private final Map<String, String> sensitive;

    private TreatmentVocabulary(Map<String, String> insensitive, Map<String, String> sensitive) {
        this.insensitive = Map.copyOf(insensitive);
        this.sensitive = Map.copyOf(sensitive);
    }

    public static TreatmentVocabulary get() {
        return INSTANCE;
    }

    /** True when {@code word} (one token, no spaces) names a treatment. */
    public boolean isTreatment(String word) {
        return word != null && isTreatment(word, word.toLowerCase(Locale.ROOT));
    }

    /** As {@link #isTreatment(String)}, given {@code lower}, the word lower-cased (ROOT locale). */
    boolean isTreatment(String word, String lower) {
        if (word == null || word.isEmpty() || word.length() > 40) return false;
        if (sensitive.containsKey(word)) return true;
        if (insensitive.containsKey(lower) || THERAPY_WORDS.contains(lower)) return true;
        return hasDrugSuffix(lower);
    }

    /** {@code [a-z-]{2,}} followed by a drug ending, as the whole word. */
    static boolean hasDrugSuffix(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c < 'a' || c > 'z') && c != '-') return false;
        }
        for (String suffix : DRUG_SUFFIXES) {
            if (lower.length() - suffix.length() >= 2 && lower.endsWith(suffix)) return true;
        }
        return false;
    }

    /** The token that stands for {@code word} in an arm key: the generic name where the lexicon knows it. */
    public String canonical(String word) {
        String generic = sensitive.get(word);
        if (generic == null) generic = insensitive.get(word.toLowerCase(Locale.ROOT));
        return (generic != null ? generic : word).toLowerCase(Locale.ROOT);
    }

    private static TreatmentVocabulary load() {
        Map<String, String> insensitive = new HashMap<>();
        Map<String, String> sensitive = new HashMap<>();
        try (InputStream in = TreatmentVocabulary.class.getResourceAsStream(LEXICON)) {
            if (in != null) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                int lines = 0;
                while ((line = reader.readLine()) != null && lines++ < 100_000) {
                    if (line.startsWith("#") || line.isBlank()) continue;
                    String[] cols = line.split("\t");
                    if (cols.length < 4) continue;
                    String generic = cols[1].strip();
                    for (String form : cols[3].split("\\|")) addForm(form.strip(), generic, insensitive, sensitive);
                    addForm(generic, generic, insensitive, sensitive);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the lexicon is optional: suffixes and therapy words still work
        }
        return new TreatmentVocabulary(insensitive, sensitive);
    }

    private static void addForm(String form, String generic, Map<String, String> insensitive,
                                Map<String, String> sensitive) {
        if (form.isEmpty() || form.contains(" ")) return;
        boolean caseSensitive = form.equals(form.toUpperCase(Locale.ROOT))
                && form.chars().filter(Character::isLetter).count() <= 5;
        if (caseSensitive) sensitive.put(form, generic);
        else insensitive.put(form.toLowerCase(Locale.ROOT), generic);
    }
}
