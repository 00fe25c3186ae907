package org.oncoev.pipeline.evaluate;

import java.io.IOException;
import java.nio.file.Path;
import org.oncoev.extractors.gold.EvaluationReport;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevException;

/** Scores the database's latest extraction run against gold by exporting it in the gold format first. */
final class DatabaseEvaluation {
    private DatabaseEvaluation() {}

    static EvaluationReport evaluate(GlobalOptions global, Path gold) throws IOException {
        throw new OncoevException("evaluate without --corpus needs the database export, which is not wired yet;"
                + " use --corpus DIR, or 'export --format json --out DIR' then --predicted DIR");
    }
}
