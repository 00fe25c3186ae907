package org.oncoev.extractors.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncoev.extractors.text.ScanAgreement;

/** The gated row test of {@link SurvivalTableCells} answers as its regex does. */
class NotFigureRowTest {
    @Test
    void agreesWithTheRegex() {
        List<String> labels = List.of("Median PFS, months (95% CI)", "2-year OS, %", "Median follow-up, months", "Responders",
                "No. of events", "Eventually 3 rows", "Deaths, n", "HR (95% CI)", "aHR", "HRs", "hr", "P value", "p", "P-value",
                "Hazard ratio", "Difference", "Duration of response", "Censored", "Range", "Progression-free survival",
                "Hypertension", "Ph", "HR\u00e9", "\u00e9P", "x_P", "_p", "PP", "H", "h r", "Time to progression, months",
                "Overall survival rate at 3 years, %", "Probability", "Proportion alive", "H-R", "Phase", "EVENTS", "RANGE");
        for (String label : ScanAgreement.texts(labels)) {
            assertEquals(SurvivalTableCells.NOT_FIGURE_ROW.matcher(label).find(), SurvivalTableCells.notFigureRow(label), label);
        }
    }
}
