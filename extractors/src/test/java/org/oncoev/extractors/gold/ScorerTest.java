package org.oncoev.extractors.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScorerTest {
    private final Scorer scorer = new Scorer();

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("cohort sizes equal", "cohorts", "[{\"size\":66}]", "[{\"size\":66,\"arm\":\"A\"}]", 1, 0, 0),
                Arguments.of("cohort multiset", "cohorts", "[{\"size\":35},{\"size\":35},{\"size\":47}]",
                        "[{\"size\":35},{\"size\":47},{\"size\":47}]", 2, 1, 1),
                Arguments.of("cohort off by one", "cohorts", "[{\"size\":66}]", "[{\"size\":67}]", 0, 1, 1),
                Arguments.of("median within 0.05", "survival",
                        "[{\"endpoint\":\"OS\",\"measure\":\"median\",\"value\":14.0,\"unit\":\"months\"}]",
                        "[{\"endpoint\":\"os\",\"measure\":\"median\",\"value\":14.04,\"unit\":\"weeks\"}]", 1, 0, 0),
                Arguments.of("median beyond 0.05", "survival",
                        "[{\"endpoint\":\"OS\",\"measure\":\"median\",\"value\":14.0}]",
                        "[{\"endpoint\":\"OS\",\"measure\":\"median\",\"value\":14.06}]", 0, 1, 1),
                Arguments.of("median ignores time", "survival",
                        "[{\"endpoint\":\"PFS\",\"measure\":\"median\",\"value\":9.4}]",
                        "[{\"endpoint\":\"PFS\",\"measure\":\"median\",\"value\":9.4,\"time_months\":12}]", 1, 0, 0),
                Arguments.of("endpoint differs", "survival",
                        "[{\"endpoint\":\"PFS\",\"measure\":\"median\",\"value\":9.4}]",
                        "[{\"endpoint\":\"TTP\",\"measure\":\"median\",\"value\":9.4}]", 0, 1, 1),
                Arguments.of("measure differs", "survival",
                        "[{\"endpoint\":\"OS\",\"measure\":\"rate\",\"time_months\":12,\"value\":64.7}]",
                        "[{\"endpoint\":\"OS\",\"measure\":\"median\",\"value\":64.7}]", 0, 1, 1),
                Arguments.of("rate time within tolerance", "survival",
                        "[{\"endpoint\":\"PFS\",\"measure\":\"rate\",\"time_months\":2.77,\"value\":50}]",
                        "[{\"endpoint\":\"PFS\",\"measure\":\"rate\",\"time_months\":2.8,\"value\":50}]", 1, 0, 0),
                Arguments.of("rate null time matches only null", "survival",
                        "[{\"endpoint\":\"OS\",\"measure\":\"rate\",\"time_months\":null,\"value\":20}]",
                        "[{\"endpoint\":\"OS\",\"measure\":\"rate\",\"time_months\":60,\"value\":20}]", 0, 1, 1),
                Arguments.of("rate both null times", "survival",
                        "[{\"endpoint\":\"OS\",\"measure\":\"rate\",\"value\":20}]",
                        "[{\"endpoint\":\"OS\",\"measure\":\"rate\",\"time_months\":null,\"value\":20}]", 1, 0, 0),
                Arguments.of("p equal", "p_values", "[{\"relation\":\"=\",\"value\":0.05,\"mentions\":2}]",
                        "[{\"relation\":\"=\",\"value\":\".05\"}]", 1, 0, 0),
                Arguments.of("p within 0.0005", "p_values", "[{\"relation\":\"=\",\"value\":0.05}]",
                        "[{\"relation\":\"=\",\"value\":0.0504}]", 1, 0, 0),
                Arguments.of("p beyond 0.0005", "p_values", "[{\"relation\":\"=\",\"value\":0.05}]",
                        "[{\"relation\":\"=\",\"value\":0.051}]", 0, 1, 1),
                Arguments.of("p relation differs", "p_values", "[{\"relation\":\"<\",\"value\":0.001}]",
                        "[{\"relation\":\"=\",\"value\":0.001}]", 0, 1, 1),
                Arguments.of("p relation written as symbol", "p_values", "[{\"relation\":\"<=\",\"value\":0.05}]",
                        "[{\"relation\":\"≤\",\"value\":0.05}]", 1, 0, 0),
                Arguments.of("hr with ci", "hazard_ratios", "[{\"value\":0.488,\"ci\":[0.277,0.860]}]",
                        "[{\"value\":0.488,\"ci\":[0.277,0.86]}]", 1, 0, 0),
                Arguments.of("hr ci bound differs", "hazard_ratios", "[{\"value\":0.488,\"ci\":[0.277,0.860]}]",
                        "[{\"value\":0.488,\"ci\":[0.28,0.86]}]", 0, 1, 1),
                Arguments.of("hr gold ci null matches any", "hazard_ratios", "[{\"value\":0.72,\"ci\":null}]",
                        "[{\"value\":0.72,\"ci\":[0.61,0.85]}]", 1, 0, 0),
                Arguments.of("hr predicted without ci", "hazard_ratios", "[{\"value\":0.72,\"ci\":[0.61,0.85]}]",
                        "[{\"value\":0.72,\"ci\":null}]", 0, 1, 1),
                Arguments.of("dose unit spelled", "doses",
                        "[{\"agent\":\"oxaliplatin\",\"amount\":85,\"unit\":\"mg/m2\"}]",
                        "[{\"agent\":\"Oxaliplatin\",\"amount\":85.0,\"unit\":\"mg/m²\"}]", 1, 0, 0),
                Arguments.of("dose unit differs", "doses",
                        "[{\"agent\":\"sorafenib\",\"amount\":400,\"unit\":\"mg\"}]",
                        "[{\"agent\":\"sorafenib\",\"amount\":400,\"unit\":\"mg/kg\"}]", 0, 1, 1),
                Arguments.of("dose agent differs", "doses",
                        "[{\"agent\":\"fluorouracil\",\"amount\":400,\"unit\":\"mg/m2\"}]",
                        "[{\"agent\":\"5-FU\",\"amount\":400,\"unit\":\"mg/m2\"}]", 0, 1, 1),
                Arguments.of("nothing predicted", "p_values", "[{\"relation\":\"<\",\"value\":0.001}]", "[]", 0, 0, 1),
                Arguments.of("nothing in gold", "doses", "[]",
                        "[{\"agent\":\"cisplatin\",\"amount\":75,\"unit\":\"mg/m2\"}]", 0, 1, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void countsPerType(String name, String type, String gold, String predicted, int tp, int fp, int fn) {
        DocumentScore score = scorer.score(doc(type, gold), doc(type, predicted));
        assertEquals(new TypeCounts(tp, fp, fn), score.types().get(type).counts());
        score.types().forEach((k, r) -> {
            if (!k.equals(type)) assertEquals(TypeCounts.ZERO, r.counts(), k);
        });
    }

    @Test
    void matchingIsMaximumNotGreedy() {
        // gold 1.04 could take 1.02 greedily and leave gold 1.00 without a partner
        String gold = "[{\"endpoint\":\"OS\",\"measure\":\"median\",\"value\":1.04},"
                + "{\"endpoint\":\"OS\",\"measure\":\"median\",\"value\":1.0}]";
        String pred = "[{\"endpoint\":\"OS\",\"measure\":\"median\",\"value\":1.02},"
                + "{\"endpoint\":\"OS\",\"measure\":\"median\",\"value\":1.08}]";
        assertEquals(new TypeCounts(2, 0, 0), scorer.score(doc("survival", gold), doc("survival", pred))
                .types().get("survival").counts());
    }

    @Test
    void mentionRecallTakesMinimumPerMatchedValue() {
        String gold = "[{\"relation\":\"<\",\"value\":0.001,\"mentions\":3},{\"relation\":\"=\",\"value\":0.02,\"mentions\":1},"
                + "{\"relation\":\"=\",\"value\":0.3,\"mentions\":2}]";
        String pred = "[{\"relation\":\"<\",\"value\":0.001,\"mentions\":5},{\"relation\":\"=\",\"value\":0.02,\"mentions\":1},"
                + "{\"relation\":\"=\",\"value\":0.4,\"mentions\":2}]";
        EvaluationReport report = new EvaluationReport(
                List.of(scorer.score(doc("p_values", gold), doc("p_values", pred))), List.of());
        assertEquals(4.0 / 6.0, report.pValueMentionRecall(), 1e-9);
        assertNull(report.armAttribution());
    }

    @Test
    void armAttributionCountsMatchedFactsWithGoldArm() {
        String gold = "[{\"size\":35,\"arm\":\"TACE plus IMRT alone (per abstract)\"},{\"size\":47,\"arm\":\"Sorafenib group\"},"
                + "{\"size\":82,\"arm\":null},{\"size\":12,\"arm\":\"placebo\"}]";
        String pred = "[{\"size\":35,\"arm\":\"tace plus imrt\"},{\"size\":47,\"arm\":\"control\"},{\"size\":82,\"arm\":\"x\"}]";
        EvaluationReport report = new EvaluationReport(
                List.of(scorer.score(doc("cohorts", gold), doc("cohorts", pred))), List.of());
        assertEquals(0.5, report.armAttribution(), 1e-9);
    }

    @Test
    void sameKeyPrefersArmAgreeingPartner() {
        String gold = "[{\"size\":35,\"arm\":\"sorafenib\"},{\"size\":35,\"arm\":\"placebo\"}]";
        String pred = "[{\"size\":35,\"arm\":\"placebo arm\"},{\"size\":35,\"arm\":\"sorafenib arm\"}]";
        TypeResult r = scorer.score(doc("cohorts", gold), doc("cohorts", pred)).types().get("cohorts");
        assertEquals(2, r.armCorrect());
        assertEquals(2, r.armTotal());
    }

    @Test
    void completingTheMatchingKeepsArmAgreeingPairs() {
        // the alpha pair matches by arm; the beta gold, reaching both predictions, must take the gamma one
        // rather than take alpha's partner and send alpha to the gamma prediction
        String gold = "[{\"endpoint\":\"OS\",\"measure\":\"median\",\"value\":12.0,\"arm\":\"alpha\"},"
                + "{\"endpoint\":\"OS\",\"measure\":\"median\",\"value\":12.04,\"arm\":\"beta\"}]";
        String pred = "[{\"endpoint\":\"OS\",\"measure\":\"median\",\"value\":12.0,\"arm\":\"alpha\"},"
                + "{\"endpoint\":\"OS\",\"measure\":\"median\",\"value\":12.04,\"arm\":\"gamma\"}]";
        TypeResult r = scorer.score(doc("survival", gold), doc("survival", pred)).types().get("survival");
        assertEquals(new TypeCounts(2, 0, 0), r.counts());
        assertEquals(1, r.armCorrect());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "TACE plus IMRT alone (per abstract)|TACE plus IMRT|true",
            "ATRA plus FOLFOX4|FOLFOX4 alone|false",
            "FOLFOX4 alone|FOLFOX4|true",
            "ATRA plus FOLFOX4|FOLFOX4|false",
            "Sorafenib|SORAFENIB group|true",
            "sorafenib|NULL|false",
            "best supportive care (cited)|supportive care|true"})
    void armWordsOverlap(String gold, String predicted, boolean agrees) {
        assertEquals(agrees, Scorer.armAgrees(gold, predicted));
    }

    @Test
    void microSumsTypesAndDocuments() {
        DocumentScore a = scorer.score(doc("cohorts", "[{\"size\":1},{\"size\":2}]"), doc("cohorts", "[{\"size\":1}]"));
        DocumentScore b = scorer.score(doc("p_values", "[{\"relation\":\"=\",\"value\":0.5}]"),
                doc("p_values", "[{\"relation\":\"=\",\"value\":0.5},{\"relation\":\"=\",\"value\":0.6}]"));
        EvaluationReport report = new EvaluationReport(List.of(a, b), List.of());
        assertEquals(new TypeCounts(2, 1, 1), report.micro());
        assertEquals(new TypeCounts(1, 0, 1), report.types().get("cohorts"));
        assertEquals(0.5, report.types().get("p_values").precision(), 1e-9);
        String json = report.toJson();
        assertTrue(json.contains("\"micro\":{\"precision\":0.6666666666666666"), json);
        assertTrue(json.contains("\"hazard_ratios\":{\"tp\":0,\"fp\":0,\"fn\":0"), json);
        assertTrue(json.contains("\"arm_attribution\":null"), json);
        assertTrue(report.toTable().contains("micro"));
        assertTrue(report.details("cohorts").contains("missed   2"), report.details("cohorts"));
    }

    @Test
    void emptyCountsScoreOneAndMissesScoreZero() {
        assertEquals(1.0, TypeCounts.ZERO.f1());
        assertEquals(0.0, new TypeCounts(0, 0, 3).f1());
        assertEquals(0.0, new TypeCounts(0, 2, 0).precision());
        assertFalse(new TypeCounts(1, 1, 1).f1() > 0.51);
    }

    static EvidenceDocument doc(String type, String list) {
        return EvidenceJson.parse("{\"document\":\"d.txt\",\"" + type + "\":" + list + "}");
    }
}
