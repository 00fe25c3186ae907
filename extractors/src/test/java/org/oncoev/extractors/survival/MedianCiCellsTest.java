package org.oncoev.extractors.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.PassageKind;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;

/** Median cells with their interval in flattened tables without a grid; tables written for the project. */
class MedianCiCellsTest {

    static Stream<Arguments> tables() {
        return Stream.of(
                c("Table 3 Univariate analysis of survival Cohort A(N=900) Cohort B(N=300) Cases (%) OS(months)Median(95%CI) P "
                        + "Cases (%) OS(months)Median(95%CI) P Sex Male 600 22.4(20.1-25.0) 0.31 200 15.2(12.0-18.9) 0.20 "
                        + "Female 300 25.1(21.7-29.9) 100 16.0(13.1-NA) Stage I-II 410 40.3(35.2-47.0) <0.001 — — — "
                        + "III-IV 490 14.8(13.0-16.1) — — —",
                        "OS median 22.4 months ci 20.1-25 [P Sex Male]", "OS median 15.2 months ci 12-18.9 [P Sex Male]",
                        "OS median 25.1 months ci 21.7-29.9 [Female]", "OS median 16 months [Female]",
                        "OS median 40.3 months ci 35.2-47 [Stage I-II]", "OS median 14.8 months ci 13-16.1 [III-IV]"),
                c("Table 2 Efficacy Response rate, % 20 (12.5%) 15 (10.0%) PFS (month) Median (95%, CI) 4.7 (3.1-6.3) "
                        + "3.9 (2.8-5.0) 0.41 OS (month) Median (95%, CI) 12.2 (10.1-14.3) 11.0 (9.2-12.8) 0.50",
                        "PFS median 4.7 months ci 3.1-6.3", "PFS median 3.9 months ci 2.8-5",
                        "OS median 12.2 months ci 10.1-14.3", "OS median 11 months ci 9.2-12.8"),
                // no median header, a hazard-ratio column, an interval that does not hold the value: no medians
                c("Table 4 Baseline characteristics Age, years 61 (34-80) 59 (30-78) Weight, kg 70.2 (45.0-98.5)"),
                c("Table 5 Median OS (months) by subgroup HR (95% CI) Age <65 0.82 (0.61-1.10) Age >=65 0.91 (0.70-1.18)"),
                c("Table 6 OS (months) Median 12.0 (14.0-18.0)"));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void readsMedianCells(String table, List<String> expected) {
        List<String> found = new SurvivalExtractor().extract(SurvivalTestSupport.passage(table, PassageKind.TABLE),
                ExtractionContext.empty()).stream().filter(Finding::accepted)
                .map(f -> SurvivalTestSupport.render((Fact.Survival) f.fact()) + (f.arm() == null ? "" : " [" + f.arm() + "]"))
                .toList();
        assertEquals(expected, found, table);
    }

    private static Arguments c(String table, String... expected) {
        return Arguments.of(table, Arrays.asList(expected));
    }
}
