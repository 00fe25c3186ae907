package org.oncoev.pipeline.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.oncoev.pipeline.cli.OncoevCommand;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two short papers written for these tests (trial and retrospective styles) and a CLI runner. */
public final class SmallCorpus {
    public static final String TRIAL = """
            Oral maintenance therapy after induction chemotherapy in advanced gastric carcinoma: a randomised phase II study

            Abstract

            Background: Maintenance therapy after induction is not established in advanced gastric carcinoma.

            Methods: A total of 120 patients were randomly assigned to maintenance capecitabine or observation.

            Results: Median overall survival was 13.2 months (95% CI, 11.0-15.4) in the capecitabine arm and 9.8 months \
            (95% CI, 8.1-11.5) in the observation arm (hazard ratio 0.64, 95% CI 0.45-0.91; P = 0.012).

            Introduction

            Gastric carcinoma remains a leading cause of cancer death worldwide.

            Methods

            Patients received capecitabine 1000 mg/m2 orally twice daily on days 1 to 14 of a 21-day cycle.

            Results

            The 1-year overall survival rate was 54.1% in the capecitabine arm. Progression-free survival was longer \
            with capecitabine (P < 0.001).
            """;
    public static final String RETROSPECTIVE = """
            Radiotherapy for bone metastases from renal cell carcinoma: a retrospective analysis

            Abstract

            We reviewed 85 patients who received palliative radiotherapy to painful bone metastases.

            Methods

            Radiotherapy was delivered as 30 Gy in 10 fractions.

            Results

            The median overall survival was 7.5 months. Pain response did not differ by histology (P = 0.41).
            The 2-year local control rate was 183.0% in the irradiated lesions.
            """;

    private SmallCorpus() {}

    /** Writes {@code 001_trial.txt} and {@code 002_cohort.txt} into {@code dir}. */
    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("001_trial.txt"), TRIAL);
        Files.writeString(dir.resolve("002_cohort.txt"), RETROSPECTIVE);
        return dir;
    }

    /** Runs the CLI with {@code args}, asserts exit code 0 and returns what it printed on stdout. */
    public static String run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            assertEquals(0, OncoevCommand.commandLine().execute(args), "exit code of " + String.join(" ", args));
        } finally {
            System.setOut(saved);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
