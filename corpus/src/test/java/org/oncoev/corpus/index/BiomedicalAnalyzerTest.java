package org.oncoev.corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BiomedicalAnalyzerTest {
    private static final Analyzer ANALYZER = new BiomedicalAnalyzer();

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Patients received 5-FU 400 mg/m2 bolus", "patients|received|5-fu|400|mg/m2|bolus"),
                Arguments.of("HR 0.62 (95% CI 0.48-0.80; P<0.001)", "hr|0.62|95|ci|0.48|0.80|p|0.001"),
                Arguments.of("TACE plus sorafenib versus TACE alone", "tace|plus|sorafenib|versus|tace|alone"),
                Arguments.of("FOLFOX4 every 2 weeks", "folfox4|every|2|weeks"),
                Arguments.of("median OS was 17.2 months.", "median|os|was|17.2|months"),
                Arguments.of("1-year survival rate of 62.5%", "1-year|survival|rate|of|62.5"),
                Arguments.of("IFN\u2011\u03b1 and 5\u2010FU", "ifn-\u03b1|and|5-fu"),
                Arguments.of("doses of 2-3 cycles", "doses|of|2|3|cycles"),
                Arguments.of("i.v. on Day 1, vs. placebo", "i|v|on|day|1|vs|placebo"),
                Arguments.of("P = .018 and p\u2264 0.05", "p|018|and|p|0.05"),
                Arguments.of("Child-Pugh A/B, ECOG 0-1", "child-pugh|a/b|ecog|0|1"),
                Arguments.of("--- / - .", ""),
                Arguments.of("", ""));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void tokenises(String text, String expected) throws IOException {
        assertEquals(expected, String.join("|", tokens(text, false)));
    }

    static Stream<Arguments> offsetCases() {
        return Stream.of(
                Arguments.of("a 5-FU b", "a@0-1|5-fu@2-6|b@7-8"),
                Arguments.of("0.5-0.8", "0.5@0-3|0.8@4-7"),
                Arguments.of("  HR=0.7.", "hr@2-4|0.7@5-8"));
    }

    @ParameterizedTest
    @MethodSource("offsetCases")
    void offsetsPointAtTheSourceCharacters(String text, String expected) throws IOException {
        assertEquals(expected, String.join("|", tokens(text, true)));
    }

    private static List<String> tokens(String text, boolean withOffsets) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(withOffsets ? term + "@" + offset.startOffset() + "-" + offset.endOffset() : term.toString());
            }
            ts.end();
        }
        return out;
    }
}
