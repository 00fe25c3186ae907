package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Abbreviated arm labels written out with the document's agents ({@link AbbreviatedArmLabels}). */
class AbbreviatedArmLabelsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // label set ; agents of the document | label | written out ('-' for left alone)
        "Gem;Cap;G → C | gemcitabine;capecitabine;cisplatin | G → C | gemcitabine → capecitabine (G → C)",
        "Gem;Cap;G → C | gemcitabine;capecitabine;cisplatin | Cap | capecitabine (Cap)",
        "Gem;Cap | gemcitabine;capecitabine;cisplatin | Gem | gemcitabine (Gem)",
        // 'C' alone is ambiguous among the agents, but not among those other labels expanded
        "Gem;Cis;G/C | gemcitabine;capecitabine;cisplatin | G/C | gemcitabine / cisplatin (G/C)",
        // two agents share the prefix: left alone
        "Ca;Gem | capecitabine;carboplatin;gemcitabine | Ca | -",
        // a single letter without a sibling label that fixes it: left alone
        "T | tamoxifen | T | -",
        // no agent starts with it
        "Low;High | tamoxifen;letrozole | Low | -",
    })
    void writesOutAbbreviations(String labels, String agents, String label, String expected) {
        Set<String> ls = new LinkedHashSet<>(Arrays.asList(labels.split(";")));
        Set<String> as = new LinkedHashSet<>(Arrays.asList(agents.split(";")));
        Map<String, String> out = AbbreviatedArmLabels.expand(ls, as);
        assertEquals(expected.equals("-") ? null : expected, out.get(label));
    }
}
