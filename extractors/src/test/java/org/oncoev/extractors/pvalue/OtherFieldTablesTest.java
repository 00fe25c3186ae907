package org.oncoev.extractors.pvalue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.text.DocumentAssembler;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;

/**
 * P columns of tables as other fields print them (association tables of genetics, regression tables of economics and
 * epidemiology), read through the document assembler as a tab-separated table: the expected p-values in row order.
 */
class OtherFieldTablesTest {
    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("Table 2. Loci associated with the trait\nVariant\tGene\tOR\tP\tPmeta\n"
                        + "Variant A\tGENE1\t1.21\t3.2 \u00d7 10\u22128\t4.1E-12\nVariant B\tGENE2\t0.88\t2.1 \u00d7 10^(-6)\t7.7e\u201309\n",
                        "= 3.2e-8;= 4.1e-12;= 2.1e-6;= 7.7e-9"),
                Arguments.of("Table 3. Regression of wages on schooling\nVariable\tCoefficient\tSE\tp-value\n"
                        + "Schooling\t0.081\t0.012\t0.000\nTenure\t0.012\t0.007\t0.091\n",
                        "= 0;= 0.091"),
                Arguments.of("Table 4. Intake and risk\nQuartile\tCases\tOR (95% CI)\tP-trend\n"
                        + "Q1\t120\t1.00\t\nQ4\t98\t0.81 (0.66, 0.99)\t.04\n",
                        "= .04"),
                Arguments.of("Table 5. Differential expression\nGene\tlog2FC\tPadj\n"
                        + "GENE3\t2.1\t0.003\nGENE4\t-1.4\t<0.001\n",
                        "= 0.003;< 0.001"),
                Arguments.of("Table 7. Wage regressions\nVariable\tModel 1\tModel 2\n"
                        + "Schooling\t0.081\t0.079\nTenure\t0.012\t0.010\nObservations\t1200\t1180\nF-test p-value\t0.032\t0.210\n",
                        "= 0.032;= 0.210"),
                Arguments.of("Table 8. Instrument diagnostics\nStatistic\tModel 1\tModel 2\n"
                        + "Hansen J statistic\t1.92\t2.40\nHansen test (p-value)\t0.38\t0.30\nAR(2) p-value\t0.51\t0.47\n",
                        "= 0.38;= 0.30;= 0.51;= 0.47"),
                Arguments.of("Table 6. Enrichment by pathway\nPathway\tGenes\tq-value\n"
                        + "Pathway one\t12\t0.003\nPathway two\t9\t0.02\n",
                        ""));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("tables")
    void readsPColumns(String table, String expected) throws Exception {
        Document d = DocumentAssembler.assemble("t.txt", "txt", table, null, List.of());
        Passage p = d.passages().stream().filter(x -> x.kind() == PassageKind.TABLE).findFirst().orElseThrow();
        List<String> found = new ArrayList<>();
        for (Finding f : new PValueExtractor().extract(p, ExtractionContext.empty())) {
            if (!f.accepted()) continue;
            Fact.PValue v = (Fact.PValue) f.fact();
            found.add(v.relation().symbol() + " " + canonical(v.value()));
        }
        List<String> want = new ArrayList<>();
        for (String e : expected.split(";")) {
            if (e.isBlank()) continue;
            int sp = e.indexOf(' ');
            want.add(e.substring(0, sp) + " " + canonical(Double.parseDouble(e.substring(sp + 1))));
        }
        assertEquals(want, found);
    }

    private static String canonical(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
