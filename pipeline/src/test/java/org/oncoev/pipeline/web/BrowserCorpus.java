package org.oncoev.pipeline.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Two short papers written for the browser test (invented trials, invented numbers), as text files. */
final class BrowserCorpus {
    static final String SORAFENIB_FILE = "sorafenib-hcc-trial.txt";
    static final String FOLFOX_FILE = "folfox-colon-trial.txt";
    /** The DOI the sorafenib paper prints under its title. */
    static final String SORAFENIB_DOI = "10.9999/hcc.2021.12";

    private BrowserCorpus() {}

    /** Writes the papers into {@code dir} and returns it. */
    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(SORAFENIB_FILE), SORAFENIB);
        Files.writeString(dir.resolve(FOLFOX_FILE), FOLFOX);
        return dir;
    }

    private static final String SORAFENIB = """
            Sorafenib with or without hepatic arterial infusion in advanced hepatocellular carcinoma: a randomised phase II trial

            doi:10.9999/hcc.2021.12

            ABSTRACT
            Background: The benefit of adding hepatic arterial infusion chemotherapy to sorafenib is uncertain.
            Methods: A total of 160 patients were randomly assigned to sorafenib plus infusion (n = 80) or sorafenib alone (n = 80).
            Results: Median overall survival was 13.4 months (95% CI, 11.2-15.6) versus 9.8 months (95% CI, 8.1-11.5) (hazard ratio 0.68, 95% CI 0.49-0.94; P = 0.018).
            Conclusions: The combination prolonged overall survival.

            METHODS
            Sorafenib 400 mg was given orally twice daily until progression. Survival was estimated with the Kaplan-Meier method and compared with the log-rank test.

            RESULTS
            Median progression-free survival was 6.1 months versus 3.9 months (P < 0.001). Grade 3 hand-foot skin reaction occurred in 14 patients.

            DISCUSSION
            In this trial, the combination lowered the hazard of death by about one third.
            """;

    private static final String FOLFOX = """
            Modified FOLFOX6 as first-line treatment of metastatic colorectal cancer: a single-arm phase II study

            ABSTRACT
            Background: We assessed a two-weekly oxaliplatin schedule in metastatic colorectal cancer.
            Methods: Overall, 52 patients received oxaliplatin 85 mg/m2 with leucovorin and 5-FU every two weeks.
            Results: The objective response rate was 48%. Median overall survival was 19.6 months (95% CI, 16.0-23.2) and median progression-free survival was 8.4 months.
            Conclusions: The schedule was active and tolerable.

            RESULTS
            Grade 3 neuropathy occurred in 6 patients. Patients with normal baseline CEA lived longer (P = 0.004).
            """;
}
