package org.oncoev.pipeline.evaluate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.extractors.EvidenceType;
import org.oncoev.extractors.gold.EvaluateMain;
import org.oncoev.extractors.gold.Evaluation;
import org.oncoev.extractors.gold.EvaluationReport;
import org.oncoev.extractors.gold.TypeCounts;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code oncoev evaluate --gold DIR [--corpus DIR | --predicted DIR] [--json]}: scores evidence against a
 * folder of gold files in the shape of {@code FORMAT.md}. With {@code --corpus} each gold file's document is
 * read from that folder and extracted in memory (no database, no Spring); with {@code --predicted} a folder
 * of exported evidence files is scored; with neither, the database's latest extraction run is exported and
 * scored. Prints a table per type and the micro average, p-value mention recall and arm attribution, or
 * with {@code --json} the summary object; with {@code --corpus} (not {@code --json}) also the characters the
 * documents excluded from evidence per reason. Exit code {@value #NOTHING_PREDICTED} when no fact at all was
 * predicted, so that a script does not take an empty database's zeros for a score.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score extracted evidence against gold files (FORMAT.md): per type tp, fp, fn, precision,",
                "recall, F1; micro average; p-value mention recall; arm attribution."})
public class EvaluateCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold *.json files.")
    Path gold;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Read each gold file's document from DIR and extract in memory (no database).")
    Path corpus;

    @Option(names = "--predicted", paramLabel = "DIR",
            description = "Score a folder of evidence *.json files (as 'export --format json' writes them).")
    Path predicted;

    @Option(names = "--json", description = "Print {\"micro\", \"types\", \"p_value_mention_recall\", \"arm_attribution\"}.")
    boolean json;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "With --details: only this type (cohorts, survival, p_values, hazard_ratios, doses).")
    String type;

    @Option(names = {"--misses", "--details"},
            description = "Also print each document's missed (-) and spurious (+) facts.")
    boolean details;

    @Option(names = "--arm-misses",
            description = "Also print each document's matched facts whose arm disagrees with the gold arm (~).")
    boolean armMisses;

    @Option(names = "--half", paramLabel = "HALF",
            description = {"odd or even: score only that half of a fixed split (digit sum of the document name);",
                    "both: F1 per type for all documents and each half side by side."})
    String half;

    /** Characters each document read with {@code --corpus} excluded from evidence, per reason. */
    final ExclusionTally exclusions = new ExclusionTally();

    /** Exit code when no fact at all was predicted (an empty database, a wrong folder). */
    public static final int NOTHING_PREDICTED = 4;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(gold)) throw new OncoevException("--gold is not a folder: " + gold);
        if (corpus != null && predicted != null) throw new OncoevException("give --corpus or --predicted, not both");
        String typeKey = parseType(type);
        if (half != null && !half.matches("(?i)odd|even|both"))
            throw new OncoevException("--half is odd, even or both, not " + half);
        EvaluationReport report = report();
        if (half != null && !half.equalsIgnoreCase("both")) report = report.half(half);
        print(System.out, report, typeKey);
        TypeCounts micro = report.micro();
        if (micro.tp() + micro.fp() == 0) {
            System.err.println("evaluate: nothing was predicted (" + report.documents().size() + " document(s) scored; "
                    + "was anything ingested and extracted, or does --predicted hold the exported files?)");
            return NOTHING_PREDICTED;
        }
        return 0;
    }

    private EvaluationReport report() throws IOException {
        if (corpus != null) {
            if (!Files.isDirectory(corpus)) throw new OncoevException("--corpus is not a folder: " + corpus);
            return new Evaluation(EvidenceExtraction.defaults(), exclusions::load).evaluateCorpus(gold, corpus);
        }
        if (predicted != null) {
            if (!Files.isDirectory(predicted)) throw new OncoevException("--predicted is not a folder: " + predicted);
            return Evaluation.comparePredictions(gold, predicted);
        }
        return DatabaseEvaluation.evaluate(global, gold);
    }

    void print(PrintStream out, EvaluationReport report, String typeKey) {
        boolean halves = half != null && half.equalsIgnoreCase("both");
        out.print(json ? report.toJson() + System.lineSeparator() : halves ? report.toHalvesTable() : report.toTable());
        if (!json && !exclusions.isEmpty()) {
            boolean oneHalf = half != null && !halves;
            out.println(exclusions.line(oneHalf ? half.toLowerCase(java.util.Locale.ROOT) : null));
            if (halves) {
                out.println(exclusions.line("odd"));
                out.println(exclusions.line("even"));
            }
        }
        for (EvidenceType t : EvidenceType.values()) {
            if (typeKey != null && !typeKey.equals(t.key())) continue;
            if (details) out.print(report.details(t.key()));
            if (armMisses) out.print(report.armMisses(t.key()));
        }
    }

    static String parseType(String type) {
        if (type == null) return null;
        try {
            return EvaluateMain.typeKey(type);
        } catch (IllegalArgumentException e) {
            throw new OncoevException(e.getMessage() + "; use cohorts, survival, p_values, hazard_ratios or doses");
        }
    }
}
