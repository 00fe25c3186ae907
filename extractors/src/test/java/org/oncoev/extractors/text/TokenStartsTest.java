package org.oncoev.extractors.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Token starts and clause marks of a text, and scans over them and over a literal. */
class TokenStartsTest {
    private static List<Integer> positions(String s) {
        TokenStarts t = TokenStarts.of(s);
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) out.add(t.get(k));
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|''",
            "ab cd|0 3",
            "12 mg, 3x;y|0 3 5 7 9 10",
            "(a-b):c|0 1 3 5 6",
            "caf\u00e9 \u00e9t\u00e9|0 5",
            "x_y|0 2",
            "\u0663\u0664 a|0 3"})
    void listsTokenStartsAndClauseMarks(String text, String expected) {
        List<Integer> want = new ArrayList<>();
        for (String n : expected.split(" ")) if (!n.isEmpty()) want.add(Integer.parseInt(n));
        assertEquals(want, positions(text));
    }

    @Test
    void firstAtOrAfterAndTheThreadsLastIndex() {
        String s = "one two, three";
        TokenStarts t = TokenStarts.of(s);
        assertSame(t, TokenStarts.of(s));
        assertEquals(0, t.firstAtOrAfter(0));
        assertEquals(1, t.firstAtOrAfter(1));
        assertEquals(2, t.firstAtOrAfter(5));
        assertEquals(t.size(), t.firstAtOrAfter(s.length()));
    }

    @Test
    void scansAskedAtAnyFromFindWhatPlainScansFind() {
        Pattern p = Pattern.compile("\\b[a-z]+\\d?");
        String s = "ab cd9, ef; gh (ij) kl";
        StartScan plain = new StartScan(p, s, StartChars.any(), (t, i) -> true);
        StartScan tokens = StartScan.atTokenStarts(p, s, StartChars.any(), (t, i) -> true);
        // backwards, repeated and forwards from values: the cursor must not lose a position
        for (int from : new int[] {0, 10, 3, 3, 4, 20, 0, 16, 22, 1}) {
            boolean a = plain.find(from);
            assertEquals(a, tokens.find(from), "from " + from);
            if (a) assertEquals(plain.matcher().start() + "-" + plain.matcher().end(),
                    tokens.matcher().start() + "-" + tokens.matcher().end(), "from " + from);
        }
    }

    @Test
    void literalScanTriesOnlyWhereTheLiteralStands() {
        Pattern title = Pattern.compile("(?:^|(?<=[.)]\\s?))Table\\s?\\d");
        String s = "Table 1 x. Table 2; aTable 3 (see Table 4) Table5";
        List<String> found = new ArrayList<>();
        StartScan scan = StartScan.atLiteral(title, s, "Table");
        for (int from = 0; scan.find(from); from = scan.next()) found.add(scan.matcher().group());
        List<String> plain = new ArrayList<>();
        for (var m = title.matcher(s); m.find(); ) plain.add(m.group());
        assertEquals(plain, found);
    }

    /** A piece of a text sliced from the whole's index inside a scope has the positions a build of the piece finds. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ab cd, ef|0|9",
            "ab cd, ef|1|6",
            "ab cd, ef|3|9",
            "ab cd, ef|5|7",
            "x2 (n=4); y|2|11",
            "café été|4|8"})
    void slicesAreBuiltPositions(String whole, int start, int end) {
        List<Integer> built = positions(new String(whole.substring(start, end)));
        try (TokenStarts.Scope scope = TokenStarts.shareWithinThread()) {
            String piece = new String(whole.substring(start, end));
            TokenStarts.slice(whole, start, piece);
            assertEquals(built, positions(piece));
            assertSame(TokenStarts.of(whole), TokenStarts.of(whole));
        }
    }

    @Test
    void markedScanFindsWhatAScanTestingTheMarksFinds() {
        Pattern p = Pattern.compile("\\s*\\(?[a-z]+");
        String s = "ab (cd) ef  (gh ij";
        boolean[] marks = new boolean[s.length()];
        for (int i : new int[] {0, 2, 3, 7, 9, 10, 11, 16}) marks[i] = true;
        List<String> plain = new ArrayList<>();
        StartScan all = new StartScan(p, s, StartChars.any(), (t, i) -> marks[i]);
        for (int from = 0; all.find(from); from = all.next()) plain.add(all.matcher().start() + ":" + all.matcher().group());
        List<String> marked = new ArrayList<>();
        StartScan only = StartScan.atMarked(p, s, marks);
        for (int from = 0; only.find(from); from = only.next()) marked.add(only.matcher().start() + ":" + only.matcher().group());
        assertEquals(plain, marked);
        assertEquals(5, marked.size());
    }
}
