package org.oncoev.extractors.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentLexiconTest {
    private final AgentLexicon lexicon = AgentLexicon.defaults();

    private String found(String text) {
        return lexicon.find(text).stream().map(m -> m.genericName() + "=" + m.matchedForm())
                .collect(Collectors.joining(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Patients received 5-FU and OXA every two weeks.                 | fluorouracil=5-FU;oxaliplatin=OXA
            A bolus of 5FU was followed by a 46-hour 5 FU infusion.          | fluorouracil=5FU;fluorouracil=5 FU
            The 5-Fluorouracil dose was reduced by 20%.                       | fluorouracil=5-Fluorouracil
            Cisplatin (CDDP) and DDP are the same drug.                      | cisplatin=Cisplatin;cisplatin=CDDP;cisplatin=DDP
            Folinic acid, calcium folinate and LV were used interchangeably.  | leucovorin=Folinic acid;leucovorin=calcium folinate;leucovorin=LV
            All-trans retinoic acid (ATRA) was given orally.                 | tretinoin=All-trans retinoic acid;tretinoin=ATRA
            all trans-retinoic acid differs only in hyphens.                  | tretinoin=all trans-retinoic acid
            Xeloda and Nexavar are brand names.                               | capecitabine=Xeloda;sorafenib=Nexavar
            NEXAVAR in capitals still matches.                                | sorafenib=NEXAVAR
            Irinotecan (CPT-11) or CPT11.                                     | irinotecan=Irinotecan;irinotecan=CPT-11;irinotecan=CPT11
            nab-paclitaxel is not paclitaxel; nab paclitaxel neither.        | nab-paclitaxel=nab-paclitaxel;paclitaxel=paclitaxel;nab-paclitaxel=nab paclitaxel
            Mitomycin C (MMC) and mitomycin-C.                                | mitomycin=Mitomycin C;mitomycin=MMC;mitomycin=mitomycin-C
            The embolic was ethiodized oil or Lipiodol.                       | lipiodol=ethiodized oil;lipiodol=Lipiodol
            S-1 plus oxaliplatin (SOX) was compared with XELOX.               | tegafur-gimeracil-oteracil=S-1;oxaliplatin=oxaliplatin;SOX=SOX;XELOX=XELOX
            FOLFOX4 differs from FOLFOX and mFOLFOX6.                         | FOLFOX4=FOLFOX4;FOLFOX=FOLFOX;FOLFOX6=mFOLFOX6
            TACE combined with HAIC and SBRT.                                 | TACE=TACE;HAIC=HAIC;SBRT=SBRT
            R-CHOP was given every 21 days.                                   | R-CHOP=R-CHOP
            Nivolumab, pembrolizumab and camrelizumab are PD-1 antibodies.    | nivolumab=Nivolumab;pembrolizumab=pembrolizumab;camrelizumab=camrelizumab
            Arsenic trioxide and thalidomide were tried.                      | arsenic trioxide=Arsenic trioxide;thalidomide=thalidomide
            Conventional radiotherapy and IMRT were compared.                 | radiotherapy=radiotherapy;IMRT=IMRT
            A converted PDF glued citations to docetaxel24 and sorafenib3.    | docetaxel=docetaxel;sorafenib=sorafenib
            GM-CSF and pentostatin are listed too.                            | granulocyte-macrophage colony-stimulating factor=GM-CSF;pentostatin=pentostatin
            """)
    void findsAgentsRegimensAndProcedures(String text, String expected) {
        assertEquals(expected, found(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the oxa group and an atra analogue were lowercase words
            a hydroxyurea-free tace-like ring
            the left ventricular lv function
            Table S1 shows variables with p less than 0.05
            sorafenibum and oxaliplatinate are not drug names here
            """)
    void abbreviationsAreCaseSensitiveAndWordsNeedBoundaries(String text) {
        String f = found(text);
        assertTrue(!f.contains("oxaliplatin") && !f.contains("tretinoin") && !f.contains("leucovorin")
                && !f.contains("TACE") && !f.contains("sorafenib") && !f.contains("tegafur"), f);
    }

    @Test
    void mentionsCarryOffsetsAndKinds() {
        String text = "Sorafenib plus TACE versus FOLFOX4.";
        List<AgentMention> m = lexicon.find(text);
        assertEquals(3, m.size());
        assertEquals(new AgentMention(0, 9, "sorafenib", "Sorafenib", AgentMention.Kind.AGENT), m.get(0));
        assertEquals("TACE", text.substring(m.get(1).start(), m.get(1).end()));
        assertEquals(AgentMention.Kind.PROCEDURE, m.get(1).kind());
        assertEquals(AgentMention.Kind.REGIMEN, m.get(2).kind());
    }

    @ParameterizedTest
    @CsvSource({"5-FU,fluorouracil", "5-fluorouracil,fluorouracil", "OXA,oxaliplatin", "L-OHP,oxaliplatin",
            "Eloxatin,oxaliplatin", "CDDP,cisplatin", "ATRA,tretinoin", "calcium folinate,leucovorin",
            "Avastin,bevacizumab", "CPT-11,irinotecan", "VP-16,etoposide", "ethiodized oil,lipiodol",
            "TMZ,temozolomide", "Herceptin,trastuzumab", "FOLFOX-4,FOLFOX4", "CapeOx,XELOX"})
    void genericNameOfAForm(String form, String generic) {
        assertEquals(Optional.of(generic), lexicon.genericName(form));
    }

    @Test
    void genericNameNeedsTheWholeForm() {
        assertEquals(Optional.empty(), lexicon.genericName("5-FU and OXA"));
        assertEquals(Optional.empty(), lexicon.genericName("aspirinx"));
        assertEquals(Optional.empty(), lexicon.genericName(null));
    }

    @Test
    void regimensKnowTheirAgents() {
        assertEquals(List.of("oxaliplatin", "leucovorin", "fluorouracil"), lexicon.regimenAgents("FOLFOX4"));
        assertEquals(List.of("capecitabine", "irinotecan"), lexicon.regimenAgents("XELIRI"));
        assertEquals(List.of("capecitabine", "oxaliplatin"), lexicon.regimenAgents("CAPOX"));
        assertTrue(lexicon.regimenAgents("R-CHOP").contains("rituximab"));
        assertEquals(List.of(), lexicon.regimenAgents("sorafenib"));
        assertEquals(List.of(), lexicon.regimenAgents("unknown"));
    }

    @Test
    void sizeSynonymsAndEntries() {
        assertTrue(lexicon.genericNames().size() >= 200, "agents: " + lexicon.genericNames().size());
        assertTrue(lexicon.genericNames().contains("radiotherapy"));
        assertTrue(lexicon.synonyms("fluorouracil").containsAll(List.of("5-FU", "5-fluorouracil", "5FU")));
        assertTrue(lexicon.synonyms("oxaliplatin").containsAll(List.of("OXA", "L-OHP", "Eloxatin")));
        assertEquals(List.of(), lexicon.synonyms("no such agent"));
        assertTrue(lexicon.entries().stream().allMatch(e -> e.forms().get(0).equals(e.name())));
        assertTrue(lexicon.entry("TACE").orElseThrow().kind() == AgentMention.Kind.PROCEDURE);
        assertSame(lexicon, AgentLexicon.defaults());
    }

    @Test
    void everyGenericNameIsLowerCaseAndComponentsAreKnown() {
        for (LexiconEntry e : lexicon.entries()) {
            if (e.kind() == AgentMention.Kind.AGENT) assertEquals(e.name().toLowerCase(), e.name());
            for (String c : e.components()) assertTrue(lexicon.genericNames().contains(c), e.name() + " -> " + c);
        }
    }

    @Test
    void conflictingFormsAreRejected() {
        LexiconEntry a = AgentLexicon.parseRow("agent\talpha\tx\tAB|alpha", 1);
        LexiconEntry b = AgentLexicon.parseRow("agent\tbeta\tx\tAB", 2);
        assertThrows(IllegalStateException.class, () -> AgentLexicon.of(List.of(a, b)));
        assertThrows(IllegalStateException.class, () -> AgentLexicon.parseRow("agent\tonly two", 3));
    }

    @Test
    void emptyAndHostileInput() {
        assertEquals(List.of(), lexicon.find(""));
        assertEquals(List.of(), lexicon.find(null));
        String noise = "-".repeat(50_000) + " 5-FU " + "x".repeat(50_000);
        assertEquals(1, lexicon.find(noise).size());
    }
}
