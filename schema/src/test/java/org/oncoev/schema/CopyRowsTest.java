package org.oncoev.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CopyRowsTest {
    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(null, "\\N"),
                Arguments.of("median OS 10.1 months", "median OS 10.1 months"),
                Arguments.of("two\tcolumns", "two\\tcolumns"),
                Arguments.of("line one\nline two\r\n", "line one\\nline two\\r\\n"),
                Arguments.of("a \\ backslash and \\N literal", "a \\\\ backslash and \\\\N literal"),
                Arguments.of("HR 0·72 (95% CI 0·60–0·86)", "HR 0·72 (95% CI 0·60–0·86)"),
                Arguments.of(12, "12"),
                Arguments.of(7L, "7"),
                Arguments.of(0.001, "0.001"),
                Arguments.of(5.81e-48, "5.81E-48"),
                Arguments.of(true, "t"),
                Arguments.of(false, "f"));
    }

    @ParameterizedTest
    @MethodSource("values")
    void valuesAreWrittenInCopyTextFormat(Object value, String expected) {
        CopyRows rows = new CopyRows("t", List.of("a", "b"));
        rows.row(value, "x");
        assertEquals(expected + "\tx\n", rows.text());
    }

    @Test
    void rowsEndWithNewlinesAndAreCounted() {
        CopyRows rows = new CopyRows("t", List.of("a", "b"));
        rows.row(1, null).row(2, "y");
        assertEquals("1\t\\N\n2\ty\n", rows.text());
        assertEquals(2, rows.size());
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsRefused() {
        CopyRows rows = new CopyRows("passages", List.of("a", "b"));
        assertThrows(IllegalArgumentException.class, () -> rows.row(1));
    }
}
