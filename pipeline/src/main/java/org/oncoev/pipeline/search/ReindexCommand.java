package org.oncoev.pipeline.search;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code oncoev reindex}: rebuilds the Lucene passage index from PostgreSQL, the source of truth. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the database (current documents, their passages and evidence).")
public class ReindexCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = OncoevContext.open(global)) {
            SearchIndex index = ctx.getBean(SearchIndex.class);
            AtomicLong documents = new AtomicLong();
            long passages = index.rebuild(id -> documents.incrementAndGet());
            System.out.printf("reindexed %d documents, %d passages into %s%n", documents.get(), passages, index.dir());
            return 0;
        }
    }
}
