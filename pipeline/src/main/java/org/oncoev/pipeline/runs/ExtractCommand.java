package org.oncoev.pipeline.runs;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code oncoev extract DIR...}: a new extraction run over the stored current documents from those folders. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Run the extractors again over the stored documents whose path lies under the folders,",
                "from their stored text (files are not read). The new run becomes the latest; old runs stay",
                "(see 'runs' and 'runs diff'). Rerunning after an interruption continues the interrupted run."})
public class ExtractCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders the documents were ingested from.")
    List<Path> folders;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = OncoevContext.open(global)) {
            ExtractJobRunner.Result r = ctx.getBean(ExtractJobRunner.class).run(folders, EvidenceExtraction.defaults());
            System.out.println("extract: " + r.counts().summary());
            for (String s : r.counts().skipped()) System.out.println("  skipped " + s);
            System.out.println("run " + r.jobExecutionId() + (r.restarted() ? " (continued the interrupted run)" : ""));
            return 0;
        }
    }
}
