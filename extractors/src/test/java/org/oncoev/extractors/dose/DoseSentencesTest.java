package org.oncoev.extractors.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.Span;

/** A given sentence is joined to the next unless it ends one: by . ! ? (after trailing marks), not an abbreviation's point. */
class DoseSentencesTest {

    /** The passage of the two parts, split after the first; the result as the joined parts' texts. */
    private static List<String> read(String first, String second) {
        String text = first + second;
        Passage p = new Passage(1, 1, PassageKind.BODY, text, new int[text.length()], new int[text.length()],
                List.of(new Span(0, first.length()), new Span(first.length(), text.length())), null);
        List<String> out = new ArrayList<>();
        for (Span s : DoseSentences.of(p)) out.add(text.substring(s.start(), s.end()));
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'Cisplatin was given.  '|Then 5 mg.|2",
            "Cisplatin was given!|Then 5 mg.|2",
            "'Was it given?\t'|Then 5 mg.|2",
            "'Docetaxel 75 mg/m2 i.v. '|on day 1.|1",
            "'Given by Dr. '|Smith.|1",
            "'Given per protocol (ref. [12]).) '|Then 5 mg.|2",
            "'It was given (see above) '|and then 5 mg.|1",
            "The dose was 45\u2013|64.8 Gy.|1",
            "'Ended with vs. '|Then 5 mg.|1",
            "'Ended with obvs. '|Then 5 mg.|2",
            "'   '|Then 5 mg.|2",
            "Arm A received Co.|Then 5 mg.|1"})
    void joinsOnlyWhereNoSentenceEnds(String first, String second, int count) {
        assertEquals(count, read(first, second).size(), read(first, second).toString());
    }
}
