package org.oncoev.pipeline.cli;

import java.util.concurrent.Callable;
import org.oncoev.pipeline.status.StatusReport;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code oncoev status}: recent job executions with their counts, open issues and what the database holds. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show recent job executions (read/written/skipped), ingest issues and stored counts.")
public class StatusCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--limit", defaultValue = "10", description = "Job executions to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--issues", defaultValue = "10", description = "Recent ingest issues to show (default: ${DEFAULT-VALUE}).")
    int issues;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = OncoevContext.open(global)) {
            System.out.print(new StatusReport(ctx.getBean(JdbcTemplate.class)).render(limit, issues));
            return 0;
        }
    }
}
