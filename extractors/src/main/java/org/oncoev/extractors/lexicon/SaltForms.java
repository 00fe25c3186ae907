package org.oncoev.extractors.lexicon;

import java.util.Locale;
import java.util.Set;

/**
 * Salt and formulation words that follow or precede a drug's generic name without changing the drug
 * ({@code irinotecan hydrochloride}, {@code pemetrexed disodium}, {@code leucovorin calcium}). Stateless.
 */
final class SaltForms {
    private SaltForms() {}

    private static final Set<String> WORDS = Set.of("hydrochloride", "hcl", "dihydrochloride", "sodium", "disodium",
            "calcium", "potassium", "magnesium", "mesylate", "dimesylate", "tosylate", "ditosylate", "citrate", "sulfate",
            "sulphate", "acetate", "maleate", "dimaleate", "phosphate", "malate", "besylate", "tartrate", "bitartrate",
            "fumarate", "succinate", "lactate", "bromide", "chloride", "hydrobromide", "monohydrate", "trihydrate",
            "anhydrous", "injection", "injectable", "tablets", "tablet", "capsules", "oral", "intravenous", "iv",
            "hyclate", "pamoate", "palmitate", "gluconate", "edisylate", "camsylate", "s-malate", "dihydrate");

    static boolean isSaltWord(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** {@code name} without salt words at its end ({@code Irinotecan Hydrochloride} -> {@code Irinotecan}). */
    static String strip(String name) {
        String[] words = name.strip().split("\\s+");
        int end = words.length;
        while (end > 1 && isSaltWord(words[end - 1])) end--;
        return String.join(" ", java.util.Arrays.copyOf(words, end));
    }
}
