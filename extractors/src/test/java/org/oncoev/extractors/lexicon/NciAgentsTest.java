package org.oncoev.extractors.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.extractors.abbrev.Abbreviation;
import org.oncoev.extractors.abbrev.Abbreviations;

/** The lexicon widened with NCI Thesaurus names, salt forms and brands; names that are no dosed drug stay out. */
class NciAgentsTest {
    private final AgentLexicon lexicon = AgentLexicon.defaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Selinexor                    | selinexor
            Navitoclax                   | navitoclax
            Leucovorin Calcium           | leucovorin
            calcium folinate             | leucovorin
            calcium levofolinate         | levoleucovorin
            Irinotecan Hydrochloride     | irinotecan
            Eribulin Mesylate            | eribulin
            Kisqali                      | ribociclib
            Jakavi                       | ruxolitinib
            rh-endostatin                | endostatin
            epoetin alfa                 | epoetin alfa
            GM-CSF                       | granulocyte-macrophage colony-stimulating factor
            Garlic                       | NONE
            Chemotherapy                 | NONE
            BRAF Inhibitor               | NONE
            Hormone Therapy              | NONE
            Tisagenlecleucel             | NONE
            """)
    void namesMapToGenericNames(String form, String expected) {
        assertEquals(Optional.ofNullable(expected), lexicon.genericName(form));
    }

    @Test
    void widenedListIsLargeAndCuratedRowsComeFirst() {
        assertTrue(lexicon.genericNames().size() > 3000, "agents: " + lexicon.genericNames().size());
        assertEquals("fluorouracil", lexicon.entries().get(0).name());
        assertEquals("nci", lexicon.entry("selinexor").orElseThrow().agentClass());
        assertFalse(lexicon.genericNames().contains("garlic"));
    }

    @Test
    void everyBrandNamesAKnownAgent() {
        java.io.InputStream in = NciAgents.class.getResourceAsStream(NciAgents.BRAND_RESOURCE);
        List<String> unknown = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))
                .lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[0])
                .filter(b -> lexicon.genericName(b).isEmpty()).collect(Collectors.toList());
        assertEquals(List.of(), unknown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bev and OXA were given.            | Bev=bevacizumab       | bevacizumab=Bev;oxaliplatin=OXA
            CF was infused.                    | CF=cystic fibrosis    | ''
            CF was infused.                    | CF=calcium folinate   | leucovorin=CF
            OXA was infused.                   | OXA=oxaliplatin       | oxaliplatin=OXA
            """)
    void documentAbbreviationsAddAndOverrideForms(String text, String definition, String expected) {
        String[] d = definition.split("=");
        Abbreviations abbreviations = Abbreviations.of(List.of(new Abbreviation(d[0], d[1])));
        String found = lexicon.find(text, abbreviations).stream().map(m -> m.genericName() + "=" + m.matchedForm())
                .collect(Collectors.joining(";"));
        assertEquals(expected, found);
    }
}
