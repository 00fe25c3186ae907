package org.oncoev.extractors.gold;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.oncoev.extractors.EvidenceType;

/**
 * Shell entry point for scoring without Spring or a database:
 * {@code EvaluateMain --gold DIR (--corpus DIR | --predicted DIR) [--json] [--type TYPE [--details]]}.
 * Prints the per-type table (or the JSON summary); with {@code --type} and {@code --details} also each
 * document's missed and spurious facts of that type. Exit code 0, 1 on failure, 2 on bad arguments.
 */
public final class EvaluateMain {
    private EvaluateMain() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs with the given arguments and streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path gold = null;
        Path corpus = null;
        Path predicted = null;
        String type = null;
        boolean json = false;
        boolean details = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--gold" -> gold = Path.of(args[++i]);
                    case "--corpus" -> corpus = Path.of(args[++i]);
                    case "--predicted" -> predicted = Path.of(args[++i]);
                    case "--type" -> type = typeKey(args[++i]);
                    case "--json" -> json = true;
                    case "--details" -> details = true;
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (gold == null || (corpus == null) == (predicted == null)) {
                throw new IllegalArgumentException("need --gold DIR and one of --corpus DIR or --predicted DIR");
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            err.println("evaluate: " + (e instanceof ArrayIndexOutOfBoundsException ? "missing value" : e.getMessage()));
            err.println("usage: EvaluateMain --gold DIR (--corpus DIR | --predicted DIR) [--json] [--type TYPE] [--details]");
            return 2;
        }
        try {
            EvaluationReport report = corpus != null
                    ? Evaluation.withDefaults().evaluateCorpus(gold, corpus)
                    : Evaluation.comparePredictions(gold, predicted);
            out.print(json ? report.toJson() + "\n" : report.toTable());
            if (details) {
                for (EvidenceType t : EvidenceType.values()) {
                    if (type == null || type.equals(t.key())) out.print(report.details(t.key()));
                }
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("evaluate: " + e.getMessage());
            return 1;
        }
    }

    /** Accepts a type key ({@code p_values}) or a short form ({@code pvalue}, {@code hr}, {@code dose}). */
    public static String typeKey(String s) {
        String k = s.toLowerCase(Locale.ROOT).replace("-", "_");
        for (EvidenceType t : EvidenceType.values()) {
            if (t.key().equals(k) || t.name().toLowerCase(Locale.ROOT).equals(k)) return t.key();
        }
        return switch (k) {
            case "cohort" -> EvidenceType.COHORT.key();
            case "pvalue", "pvalues", "p" -> EvidenceType.P_VALUE.key();
            case "hr", "hrs", "hazard", "hazard_ratio" -> EvidenceType.HAZARD_RATIO.key();
            case "dose" -> EvidenceType.DOSE.key();
            default -> throw new IllegalArgumentException("unknown type " + s);
        };
    }
}
