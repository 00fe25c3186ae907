package org.oncoev.pipeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 4180 quoting of CSV fields and records, and snake-case value names. */
class FactLinesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "plain|plain",
            "HR 0.64, 95% CI 0.45-0.91|'\"HR 0.64, 95% CI 0.45-0.91\"'",
            "the \"ITT\" set|'\"the \"\"ITT\"\" set\"'",
            "'two\nlines'|'\"two\nlines\"'",
            "'cr\rhere'|'\"cr\rhere\"'",
            "'{\"size\":120}'|'\"{\"\"size\"\":120}\"'",
    })
    void quotesFieldsThatNeedIt(String field, String expected) {
        assertEquals(expected, FactLines.csvField(field));
    }

    @ParameterizedTest
    @CsvSource({"ciLow,ci_low", "timeMonths,time_months", "size,size", "pRelation,p_relation", "inTable,in_table"})
    void snakeCasesComponentNames(String camel, String snake) {
        assertEquals(snake, FactValues.snake(camel));
    }

    @org.junit.jupiter.api.Test
    void recordEndsWithCrLf() {
        List<Object> fields = Arrays.asList("a", 1, "b,c", true);
        assertEquals("a,1,\"b,c\",true\r\n", FactLines.csvRecord(fields));
    }
}
