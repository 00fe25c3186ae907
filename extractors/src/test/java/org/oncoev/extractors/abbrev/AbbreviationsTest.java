package org.oncoev.extractors.abbrev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbbreviationsTest {
    private final Abbreviations defined = Abbreviations.of(List.of(
            new Abbreviation("Bev", "bevacizumab"), new Abbreviation("5-FU", "5-fluorouracil"),
            new Abbreviation("P", "paclitaxel"), new Abbreviation("PFS", "progression-free survival"),
            new Abbreviation("P", "placebo")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bev 5 mg/kg and 5-FU 400 mg/m2.            | Bev@0;5-FU@16
            P 80 mg/m2 weekly; PFS was longer.         | P@0;PFS@19
            Bevacizumab and BevX and xBev are no forms. | ''
            (P) and P. and P/Bev                        | P@1;P@8;P@15;Bev@17
            """)
    void findsShortFormsAtWordBoundariesInExactCase(String text, String expected) {
        String got = defined.mentions(text).stream().map(m -> text.substring(m.start(), m.end()) + "@" + m.start())
                .collect(Collectors.joining(";"));
        assertEquals(expected, got);
    }

    @Test
    void firstDefinitionOfAShortFormWins() {
        assertEquals(Optional.of("paclitaxel"), defined.longForm("P"));
        assertEquals(4, defined.definitions().size());
        assertEquals(Optional.empty(), defined.longForm("OS"));
    }

    @Test
    void noneIsEmptyAndFindsNothing() {
        assertTrue(Abbreviations.none().isEmpty());
        assertTrue(Abbreviations.none().mentions("Bev 5 mg/kg").isEmpty());
    }
}
