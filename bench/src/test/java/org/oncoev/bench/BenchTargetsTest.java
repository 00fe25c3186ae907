package org.oncoev.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each target judged on the figure it names, and left unjudged (with the reason) when the run did not measure it. */
class BenchTargetsTest {
    private static final Map<String, Object> FULL = BenchRunner.ordered(
            "bound", BenchRunner.ordered("e2e_of_bound", 0.9),
            "pdf", BenchRunner.ordered("ratio", 0.45),
            "heap_peak_mb", 480.0,
            "query", BenchRunner.ordered("passages", 1_000_000L, "p50_ms", 4.0, "p99_ms", 120.0),
            "query_10m", BenchRunner.ordered("passages", 10_000_000L, "p50_ms", 30.0, "p99_ms", 400.0),
            "startup", BenchRunner.ordered("status_ms", 1800L, "status_cpu_ms", 900L),
            "real", BenchRunner.ordered(
                    "text", BenchRunner.ordered("e2e_of_bound", 0.5, "extract_mb_s", 3.3),
                    "jats", BenchRunner.ordered("skipped", "absent"),
                    "pdf", BenchRunner.ordered("ratio", 0.5)));

    private static final Map<String, Object> SMALL = BenchRunner.ordered(
            "bound", BenchRunner.ordered("e2e_of_bound", 0.7),
            "pdf", BenchRunner.ordered("ratio", 0.6),
            "heap_peak_mb", 600.0,
            "query", BenchRunner.ordered("passages", 2000L, "p50_ms", 1.0, "p99_ms", 2.0),
            "startup", BenchRunner.ordered("skipped", "not run through ./oncoev (ONCOEV_LAUNCHER unset)"),
            "real", BenchRunner.ordered(
                    "text", BenchRunner.ordered("skipped", "no papers in /x"),
                    "pdf", BenchRunner.ordered("skipped", "absent: /y")));

    static Stream<Arguments> verdicts() {
        return Stream.of(
                // figures, target, measured, verdict
                Arguments.of(FULL, "real text: e2e speed / bound of its stages", "0.5", "NOT MET"),
                Arguments.of(FULL, "generated text: e2e speed / bound of its stages", "0.9", "met"),
                Arguments.of(FULL, "real PDF: e2e / PDFBox-only", "0.5", "met"),
                Arguments.of(FULL, "generated PDF: e2e / PDFBox-only", "0.45", "NOT MET"),
                Arguments.of(FULL, "real text: extraction alone, one thread", "2.06x (3.3 MB/s)", "met"),
                Arguments.of(FULL, "peak heap MB", "480.0", "met"),
                Arguments.of(FULL, "query p50 ms at 1M passages", "4.0", "met"),
                Arguments.of(FULL, "query p99 ms at 1M passages", "120.0", "NOT MET"),
                Arguments.of(FULL, "query p50 / p99 ms at 10M passages", "30.0 / 400.0", "reported"),
                Arguments.of(SMALL, "real text: e2e speed / bound of its stages", "-", "not measured (no papers in /x)"),
                Arguments.of(SMALL, "generated text: e2e speed / bound of its stages", "0.7", "NOT MET"),
                Arguments.of(SMALL, "real PDF: e2e / PDFBox-only", "-", "not measured (absent: /y)"),
                Arguments.of(SMALL, "real text: extraction alone, one thread", "-", "not measured (no papers in /x)"),
                Arguments.of(SMALL, "peak heap MB", "600.0", "NOT MET"),
                Arguments.of(SMALL, "query p50 ms at 1M passages", "1.0", "index of 2000 passages, not 1M"),
                Arguments.of(SMALL, "query p50 / p99 ms at 10M passages", "-", "not measured (--query-10m)"),
                Arguments.of(FULL, "read-only start-up: status ms (median)", "1800", "NOT MET"),
                Arguments.of(SMALL, "read-only start-up: status ms (median)", "-",
                        "not measured (not run through ./oncoev (ONCOEV_LAUNCHER unset))"),
                Arguments.of(BenchRunner.ordered("startup", BenchRunner.ordered("status_ms", 1200L)),
                        "read-only start-up: status ms (median)", "1200", "met"),
                Arguments.of(Map.of(), "real PDF: e2e / PDFBox-only", "-", "not measured (no real folders)"),
                Arguments.of(Map.of(), "peak heap MB", "-", "not measured"),
                // limited to 512 MB and finished: within the limit, whatever the pools' summed peaks say
                Arguments.of(BenchRunner.ordered("heap_peak_mb", 667.8, "heap_live_peak_mb", 359.2, "heap_max_mb", 512.0),
                        "peak heap MB", "live 359.2 (pools 667.8), -Xmx 512.0", "met"));
    }

    @ParameterizedTest
    @MethodSource("verdicts")
    void eachTargetIsJudgedOnItsOwnFigure(Map<String, Object> figures, String target, String measured, String verdict) {
        BenchTargets.Target t = BenchTargets.of(figures).stream().filter(x -> x.name().equals(target)).findFirst().orElseThrow();
        assertEquals(List.of(measured, verdict), List.of(t.value(), t.verdict()));
    }

    @ParameterizedTest
    @MethodSource("verdicts")
    void theJsonCarriesTheSameVerdict(Map<String, Object> figures, String target, String measured, String verdict) {
        Map<String, Object> json = BenchTargets.asJson(figures).stream().filter(m -> m.get("name").equals(target))
                .findFirst().orElseThrow();
        Object met = verdict.equals("met") ? Boolean.TRUE : verdict.equals("NOT MET") ? Boolean.FALSE : null;
        assertEquals(met, json.get("met"));
        assertEquals(measured, json.get("value"));
    }
}
