package org.oncoev.pipeline.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Three short papers written for the evidence view and forest plot tests (invented trials, invented numbers):
 * two randomised trials with hazard ratios and arm medians, one single-arm study without a hazard ratio.
 */
final class EvidenceCorpus {
    static final String ALPHA_FILE = "cabozantinib-biliary-trial.txt";
    static final String BETA_FILE = "apatinib-gastric-trial.txt";
    static final String GAMMA_FILE = "single-arm-mesothelioma.txt";
    /**
     * Hazard ratios with a 95% CI in the three papers; the first paper's abstract states its PFS and its OS hazard ratio
     * in one paragraph, as abstracts do.
     */
    static final int HAZARD_RATIOS = 4;

    private EvidenceCorpus() {}

    /** Writes the papers into {@code dir} and returns it. */
    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(ALPHA_FILE), ALPHA);
        Files.writeString(dir.resolve(BETA_FILE), BETA);
        Files.writeString(dir.resolve(GAMMA_FILE), GAMMA);
        return dir;
    }

    private static final String ALPHA = """
            Cabozantinib after gemcitabine failure in advanced biliary tract cancer: a double-blind randomised trial

            ABSTRACT
            Background: No second-line standard exists for biliary tract cancer after gemcitabine.
            Methods: We randomly assigned 226 patients to cabozantinib (n = 150) or placebo (n = 76).
            Results: Median progression-free survival was 5.3 months (95% CI, 4.4-6.2) with cabozantinib and 2.1 months (95% CI, 1.8-2.4) with placebo (hazard ratio 0.52, 95% CI 0.38-0.71; P < 0.001). Overall survival did not differ at this analysis (hazard ratio 0.84, 95% CI 0.61-1.16; P = 0.29).

            RESULTS
            Overall survival did not differ significantly between the groups (hazard ratio 0.81, 95% CI 0.62-1.06; P = 0.12).
            """;

    private static final String BETA = """
            Apatinib added to paclitaxel as second-line therapy for advanced gastric cancer: an open-label phase III study

            ABSTRACT
            Methods: In all, 318 patients were randomised to apatinib plus paclitaxel (n = 160) or paclitaxel alone (n = 158).
            Results: Median overall survival was 9.6 months (95% CI, 8.3-10.9) with apatinib plus paclitaxel and 7.4 months (95% CI, 6.5-8.3) with paclitaxel alone (hazard ratio 0.74, 95% CI 0.58-0.95; P = 0.017).
            """;

    private static final String GAMMA = """
            Pemetrexed rechallenge in relapsed pleural mesothelioma: a single-arm phase II study

            ABSTRACT
            Methods: Forty-four patients who relapsed after first-line pemetrexed received it again every three weeks.
            Results: The median overall survival was 11.3 months (95% CI, 9.0-13.6), and grade 3 fatigue occurred in 5 patients.
            """;
}
