package org.oncoev.extractors.dose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oncoev.extractors.text.ScanAgreement.assertAgrees;
import static org.oncoev.extractors.text.ScanAgreement.assertAgreesAtTokenStarts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.oncoev.extractors.text.ScanAgreement;
import org.oncoev.extractors.text.StartScan;

/** The dose regexes tried only at their possible starts find what a full scan finds. */
class DoseScansTest {
    private static final List<String> EXTRA = List.of(
            "400/600/800 mg per day; 1600mg/m2/day; 4500 cGy; 6 \u00d7 area under the curve; 2 MIU/kg; 5 U/m2; 3 GBq",
            "10\u2009000 IU, 1,250 mg, 56 or 66 Gy, 2.5 \u00b5g/kg, 3 \u03bcg, 20 mcg/m2, 7.5 mg \u00b7 m\u22122, 100 mg/sqm",
            "given IV over 30 min as a 2-h infusion every 3 weeks, q3w, d1-5, days 1, 8 and 15, thrice weekly, 5 times a day",
            "s.c. SC sc IM i.m. i. v. I.V. per os, by mouth, tablets, capsules, intra-arterially, transarterial, chemoembolisation",
            "from day 1 to day 5; hours 2-6; for 6 consecutive cycles; in 30 daily fractions; /25 fx; per fraction; prior to surgery",
            "10 mCi, 5 mL, 4 ml, 1.5 million units, 9 MIU, 5 IU/kg, 100 U daily, 7 U, 25 ug/m2, 2 g/m2, 1 g, 5 g; 3 U/kg 8 g",
            "as a 2-h infusion, as an 8-hour continuous intravenous infusion, a 30-min infusion, an 1 h infusion, As A 3 hr infusion",
            "in 30 fractions, in 5 daily fractions, for 6 cycles, for  two weeks, for other days, over 30 min, over  2 h, on day 1",
            "onday 8, on  day 3, from day 1, from hour 2, from\thours 3, per fraction, per session, Per Cycle, per course, Fortnightly",
            "four times a day, one times per week, other times a day, other weeks, once daily, as well, and, only, forty, formal, perhaps, in the, from the, per cent, a b",
            "\u0130n 5 fractions, \u0131n 6 fractions, a\u017f a 2-h infusion, for\nsix months, over\t\t3 h, FROM\tDAY 2",
            "3 times a day, 2times per week, 21-day cycles, 2 -week intervals, 3-weekly, 14 day cycles, 28-Day Cycles, 3 TIMES A DAY",
            "10 /20 fx, / 25 fractions, 5/ 6 fractions, 4 - week, 7-\tweek intervals, 3-\n-day, 6x, 12 weeks, 1 d, 2 wk, 123 times a day",
            "12 months, 3 groups, 4 mean, 6 mg·kg−1, 2 Gy2, 3 gx, 4 U2, 5 g², 6 Uµ, 7 cGray, 8 Mio, 9 Ix, 10 uL, 11 c");

    @Test
    void amounts() {
        assertAgrees(AmountPatterns.AMOUNT, AmountPatterns.AMOUNT_STARTS,
                () -> (s, i) -> AmountPatterns.amountMayStart(s.toCharArray(), 0, s.length(), i), EXTRA);
    }

    @Test
    void amountsAtListedStarts() {
        for (String s : ScanAgreement.texts(EXTRA)) {
            List<String> plain = new ArrayList<>();
            Matcher m = AmountPatterns.AMOUNT.matcher(s);
            while (m.find()) plain.add(m.start() + "-" + m.end());
            List<String> scanned = new ArrayList<>();
            StartScan scan = StartScan.atPositions(AmountPatterns.AMOUNT, s, AmountPatterns.amountStarts(s.toCharArray(), 0, s.length()));
            for (int at = 0; scan.find(at); at = scan.next()) scanned.add(scan.matcher().start() + "-" + scan.matcher().end());
            assertEquals(plain, scanned, s);
        }
    }

    @Test
    void amountStartsInsideALongerText() {
        for (String s : ScanAgreement.texts(EXTRA)) {
            char[] whole = ("x1" + s + "5 mg").toCharArray();
            assertArrayEquals(AmountPatterns.amountStarts(s.toCharArray(), 0, s.length()),
                    AmountPatterns.amountStarts(whole, 2, 2 + s.length()), s);
        }
    }

    @Test
    void backgroundCues() {
        List<String> extra = new java.util.ArrayList<>(EXTRA);
        extra.addAll(List.of("the recommended phase 2 dose, the maximum tolerated dose (MTD), dose-limiting, dose finding",
                "phase I, phase 1b, consensus guidelines; these two trials, previous studies, prior dose-dense series",
                "in one phase III trial, another randomised phase II/III study, an open-label phase 2 trial; xdose, 2phase I"));
        assertAgreesAtTokenStarts(DoseBackground.CUE, DoseBackground.CUE_STARTS, () -> DoseBackground::cueMayStart, extra);
    }

    @Test
    void routesAndSchedules() {
        assertAgrees(DoseDetails.ANY_ROUTE, DoseDetails.ROUTE_STARTS, () -> DoseDetails.ROUTE_LEADS::at, EXTRA);
        assertAgrees(DoseDetails.SCHEDULE, DoseDetails.SCHEDULE_STARTS, () -> DoseDetails::scheduleMayStart, EXTRA);
    }
}
