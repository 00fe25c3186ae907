package org.oncoev.extractors.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** StartScan finds what a plain find() loop finds when its start test holds wherever the regex can match. */
class StartScanTest {
    private static final List<String> TEXTS = List.of("", "P = 0.03 and p<.001; pP=1", "xP = 0.2 (P 0.5)\nP=",
            "the arm A group and cohort B, arms", "ab ab aab b", "12 patients, 3 of 40 men; 7 women.",
            "\u0130n \u0131n \u017fix K\u212a end$", "Zz");

    private static List<String> plain(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) out.add(m.start() + "-" + m.end());
        return out;
    }

    private static List<String> scanned(Pattern p, String s, StartChars first, StartScan.StartTest test) {
        List<String> out = new ArrayList<>();
        StartScan scan = new StartScan(p, s, first, test);
        for (int at = 0; scan.find(at); at = scan.next()) out.add(scan.matcher().start() + "-" + scan.matcher().end());
        return out;
    }

    @Test
    void sameMatchesAsFindWithLookaroundsBoundariesAndAnchors() {
        List<Pattern> patterns = List.of(Pattern.compile("(?<![\\p{L}\\p{N}])[Pp]\\s*[=<]\\s*\\d*\\.?\\d+"),
                Pattern.compile("\\b(?:arms?|group|cohort)\\b(?=\\s)"), Pattern.compile("a*b"), Pattern.compile("a?b?"),
                Pattern.compile("\\d+(?= (?:patients|men|women))"), Pattern.compile("[a-z]+$"),
                Pattern.compile("(?i)\\bin\\b"), Pattern.compile("(?iu)six|in"));
        for (Pattern p : patterns) {
            for (String s : TEXTS) {
                // an empty match at the very end is outside StartScan's contract (no caller's regex has one)
                List<String> expected = new ArrayList<>(plain(p, s));
                expected.remove(s.length() + "-" + s.length());
                assertEquals(expected, scanned(p, s, StartChars.any(), (t, i) -> true), p + " on " + s);
            }
        }
    }

    @Test
    void skipsPositionsTheTestRejectsAndStopsAtTheRegionEnd() {
        Pattern digits = Pattern.compile("\\d+");
        String s = "a1 22 b333";
        assertEquals(List.of("1-2", "3-5", "7-10"), scanned(digits, s, StartChars.of("", true, ""), (t, i) -> true));
        assertEquals(List.of("3-5"), scanned(digits, s, StartChars.of("2"), (t, i) -> true));
        StartScan scan = new StartScan(digits, s, StartChars.of("", true, ""), (t, i) -> true);
        assertTrue(scan.find(6, 10, 9));
        assertEquals("7-9", scan.matcher().start() + "-" + scan.matcher().end());
        assertFalse(scan.find(0, 1));
    }

    @Test
    void wordMayStartIsFalseOnlyAfterWordCharacters() {
        assertTrue(StartScan.wordMayStart("x", 0));
        assertTrue(StartScan.wordMayStart(" x", 1));
        assertTrue(StartScan.wordMayStart("(x", 1));
        assertFalse(StartScan.wordMayStart("ax", 1));
        assertFalse(StartScan.wordMayStart("_x", 1));
        assertFalse(StartScan.wordMayStart("\u00e9x", 1));
    }

    @Test
    void keywordsAreFoundCaseFolded() {
        Keywords k = new Keywords("in", "six", "per os");
        assertTrue(k.at("IN", 0));
        assertTrue(k.at("\u0130n", 0));
        assertTrue(k.at("\u017fIX", 0));
        assertTrue(k.at("Per os", 0));
        assertFalse(k.at("Per  os", 0));
        assertEquals(4, k.indexIn("the six", 0));
        assertEquals(-1, k.indexIn("the si", 0));
        assertTrue(k.in("begin"));
        assertEquals(9, k.lastAfterSpace("in begin in!"));
        assertEquals(-1, k.lastAfterSpace("begin"));
    }

    /** Every character a case-insensitive regex (ASCII or Unicode folding) equates with an ASCII letter folds to it. */
    @Test
    void foldCoversEveryCharacterCaseInsensitiveRegexesEquateWithALetter() {
        for (char letter = 'a'; letter <= 'z'; letter++) {
            Pattern ascii = Pattern.compile(String.valueOf(letter), Pattern.CASE_INSENSITIVE);
            Pattern unicode = Pattern.compile(String.valueOf(letter), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            Pattern inClass = Pattern.compile("[" + letter + "]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (char c = 0; c < Character.MAX_VALUE; c++) {
                String s = String.valueOf(c);
                if (ascii.matcher(s).matches() || unicode.matcher(s).matches() || inClass.matcher(s).matches()) {
                    assertEquals(letter, Folded.fold(c), "U+" + Integer.toHexString(c) + " matches " + letter);
                }
            }
        }
    }

    @Test
    void startCharsHoldTheirCharactersOnly() {
        StartChars c = StartChars.of("\u2264(", true, "ab");
        for (char x : "\u2264(0123456789abAB".toCharArray()) assertTrue(c.contains(x), String.valueOf(x));
        for (char x : "\u2265)cC \u00e9".toCharArray()) assertFalse(c.contains(x), String.valueOf(x));
        assertTrue(StartChars.any().contains('\u00e9'));
    }
}
