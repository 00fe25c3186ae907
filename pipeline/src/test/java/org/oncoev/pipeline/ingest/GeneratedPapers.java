package org.oncoev.pipeline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small made-up trial reports for ingest tests, written from sentence patterns of this project (no text from real
 * papers): each has a title, an abstract, methods with a dose, results with cohort sizes, medians with confidence
 * intervals, a hazard ratio, landmark rates and p-values. Paper {@code i} is always the same text.
 */
public final class GeneratedPapers {
    private static final String[] AGENTS = {"capecitabine", "oxaliplatin", "docetaxel", "pembrolizumab", "bevacizumab",
            "temozolomide", "cisplatin", "nivolumab", "irinotecan", "carboplatin"};
    private static final String[] SITES = {"colorectal", "gastric", "non-small-cell lung", "ovarian", "pancreatic",
            "bladder", "head and neck", "oesophageal", "biliary tract", "endometrial"};

    private GeneratedPapers() {}

    /** Writes papers {@code 0..n-1} as {@code paper-NN.md} (a few as .txt) under {@code dir}; returns their paths. */
    public static List<Path> write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path p = dir.resolve(String.format(Locale.ROOT, "paper-%02d.%s", i, i % 5 == 4 ? "txt" : "md"));
            Files.writeString(p, text(i));
            paths.add(p);
        }
        return paths;
    }

    /** The text of paper {@code i}. */
    public static String text(int i) {
        String agent = AGENTS[i % AGENTS.length];
        String other = AGENTS[(i + 3) % AGENTS.length];
        String site = SITES[(i / 2) % SITES.length];
        int total = 80 + 7 * i;
        int armA = total / 2 + i % 3;
        int armB = total - armA;
        double medA = 9.0 + (i % 9) * 0.7;
        double medB = medA - 1.5 - (i % 4) * 0.3;
        double hr = 0.55 + (i % 7) * 0.04;
        int dose = 50 + 25 * (i % 6);
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "# Trial %d: %s plus %s in advanced %s cancer%n%n", i, cap(agent), other, site));
        b.append("## Abstract\n\n");
        b.append(String.format(Locale.ROOT, "**Background:** Whether adding %s to %s prolongs survival in advanced %s cancer "
                + "was not known.%n%n", agent, other, site));
        b.append(String.format(Locale.ROOT, "**Methods:** We enrolled %d patients and randomly assigned them to %s plus %s "
                + "(n = %d) or %s alone (n = %d).%n%n", total, agent, other, armA, other, armB));
        b.append(String.format(Locale.ROOT, "**Results:** The median overall survival was %.1f months (95%% CI, %.1f-%.1f) "
                        + "with the combination and %.1f months (95%% CI, %.1f-%.1f) with %s alone (HR = %.2f, 95%% CI: %.2f-%.2f, "
                        + "P = .%03d).%n%n", medA, medA - 1.2, medA + 1.4, medB, medB - 1.1, medB + 1.3, other, hr, hr - 0.12,
                hr + 0.15, 5 + i));
        b.append("## Methods\n\n");
        b.append(String.format(Locale.ROOT, "Patients received %s %d mg/m2 intravenously on day 1 of each 21-day cycle "
                + "together with %s at the standard dose.%n%n", agent, dose, other));
        b.append("Randomisation was stratified by performance status and previous treatment. The primary end point was "
                + "overall survival; secondary end points were progression-free survival and safety.\n\n");
        b.append("## Results\n\n");
        for (int k = 0; k < 4; k++) {
            b.append(String.format(Locale.ROOT, "At %d months, the progression-free survival rate was %.1f%% in the "
                    + "combination group and %.1f%% in the control group (P = 0.%02d). ", 6 * (k + 1), 70.0 - 9 * k - i % 5,
                    61.0 - 10 * k - i % 4, 10 + k + i % 7));
            b.append(String.format(Locale.ROOT, "Grade 3 or higher adverse events occurred in %d of %d patients "
                    + "and in %d of %d patients, respectively.%n%n", armA / (3 + k), armA, armB / (4 + k), armB));
        }
        b.append(String.format(Locale.ROOT, "The median progression-free survival was %.1f months versus %.1f months "
                + "(hazard ratio for progression or death, %.2f; 95%% CI, %.2f to %.2f; P < 0.001).%n%n",
                medA - 3, medB - 3.4, hr - 0.05, hr - 0.18, hr + 0.08));
        b.append("## Discussion\n\n");
        b.append(String.format(Locale.ROOT, "In this trial, adding %s lengthened survival without new safety signals. "
                + "Longer follow-up of the %d patients is planned.%n", agent, total));
        return b.toString();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
