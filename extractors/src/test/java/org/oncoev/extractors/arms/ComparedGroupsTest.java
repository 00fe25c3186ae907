package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Subgroups a sentence compares before a pair of values ({@link ComparedGroups}). */
class ComparedGroupsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Patients with bulky disease had shorter OS than those without bulky disease (9.1 versus 15.0 months) | bulky disease | without bulky disease",
        "Women with high Ki-67 expression had worse PFS than women with low Ki-67 expression (5.2 vs 8.9 months) | high Ki-67 expression | low Ki-67 expression",
        "Median OS was shorter among elderly men (7.4 months versus 10.2 months) | elderly men | ",
        "PFS did not differ between KRAS-mutant and wild-type groups (7.4 vs. 10.2 months) | KRAS-mutant | wild-type",
        "Patients aged <65 years had significantly longer OS (7.4% vs. 10.2%) | Patients aged <65 years | ",
        "Patients in both arms had similar OS (7.4% vs. 10.2%) | | ",
        "Median OS was 7.4 versus 10.2 months | | ",
        "Patients with liver metastases lived shorter than others (7.4 versus 10.2 months) | | ",
        "OS was shorter in patients with high compared with low serum LDH (7.4 vs 10.2 months) | high serum LDH | low serum LDH",
        "Survival differed in patients with mutant versus wild-type KRAS (7.4 vs 10.2 months) | mutant KRAS | wild-type KRAS",
        "Overall, the basal-like subtype was associated with a marked decrease in PFS (7.4 versus 10.2 months) | basal-like subtype | non-basal-like subtype",
        "In this cohort, nodal spread was associated with shorter OS (7.4 vs 10.2 months) | nodal spread | non-nodal spread",
        "Nodal spread was associated with more toxicity (7.4 vs 10.2%) | | ",
        "Bulky nodes were seen more often in older men, and were associated with shorter OS (7.4 vs 10.2 months) | | ",
    })
    void namesTheComparedGroups(String sentence, String first, String second) {
        String[] groups = ComparedGroups.before(sentence, sentence.indexOf("7.4") >= 0 ? sentence.indexOf("7.4") : firstDigit(sentence));
        assertEquals(first, groups == null ? null : groups[0]);
        assertEquals(second, groups == null ? null : groups[1]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The 2-year OS in the node-positive and node-negative subgroups was 7.4 and 10.2% | node-positive | node-negative",
        "The 2-year OS in both young and elderly patients was 7.4 and 10.2% | young | elderly",
        "The 2-year OS was 7.4 and 10.2% | | ",
    })
    void namesTheGroupsListedTogether(String sentence, String first, String second) {
        String[] groups = ComparedGroups.listed(sentence, sentence.indexOf("7.4"));
        assertEquals(first, groups == null ? null : groups[0]);
        assertEquals(second, groups == null ? null : groups[1]);
    }

    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i)) && s.charAt(i - 1) == '(') return i;
        return s.length();
    }

    /** Opposites under one modifier share it; other pairs stay as written. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "XY-7 matched | unmatched | XY-7 unmatched",
            "marker-high resected | unresected stage II | marker-high unresected stage II",
            "grade 2 operable | inoperable | grade 2 inoperable",
            "XY-7 matched | control | control",
            "matched | unmatched | unmatched"})
    void oppositesShareTheirModifier(String first, String second, String expected) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, ComparedGroups.sharedModifier(new String[] {first, second})[1]);
    }
}
