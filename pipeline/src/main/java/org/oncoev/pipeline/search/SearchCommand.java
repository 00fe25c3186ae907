package org.oncoev.pipeline.search;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.oncoev.corpus.index.PassageSearcher;
import org.oncoev.corpus.index.QueryMode;
import org.oncoev.corpus.index.QuerySyntaxException;
import org.oncoev.corpus.index.SearchHit;
import org.oncoev.corpus.index.SearchResult;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code oncoev search QUERY}: full-text and field search over the passage index. Reads only the index folder
 * ({@code <home>/index}); starts neither Spring nor the database. A malformed query exits 1 with one line.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search passages with Lucene query syntax, e.g. 'agent:sorafenib AND endpoint:OS',",
                "'cohort:[50 TO *]', 'pvalue:[0 TO 0.001]', 'section:results \"overall survival\"'.",
                "Fields: text (default), title, heading, document, document_id, passage_id, section, kind,",
                "journal, year, agent, regimen, endpoint, type, cohort, pvalue, hr."})
public class SearchCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several words are joined by spaces).")
    String[] query;

    @Option(names = "--limit", defaultValue = "10", description = "Hits to show, at most 100 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
    int offset;

    @Option(names = "--json", description = "Print JSON: total, hits (document, section, passage_id, char_start, char_end, score, snippet, evidence), facets.")
    boolean json;

    @Option(names = "--mode", defaultValue = "strict", paramLabel = "strict|simple",
            description = "strict: Lucene syntax, errors on malformed queries; simple: lenient, never fails (default: ${DEFAULT-VALUE}).")
    String mode;

    @Override
    public Integer call() throws Exception {
        QueryMode queryMode = parseMode(mode);
        if (limit < 0 || offset < 0) throw new OncoevException("--limit and --offset must not be negative");
        int cappedLimit = Math.min(limit, PassageSearcher.MAX_LIMIT);
        int cappedOffset = Math.min(offset, PassageSearcher.MAX_OFFSET);
        Path dir = SearchIndex.indexDir(global.home());
        if (!Files.isDirectory(dir))
            throw new OncoevException("no index at " + dir + "; run 'oncoev ingest DIR' or 'oncoev reindex' first");
        String text = String.join(" ", query);
        SearchResult result;
        try (PassageSearcher searcher = PassageSearcher.open(dir)) {
            result = searcher.search(text, queryMode, cappedLimit, cappedOffset);
        } catch (QuerySyntaxException e) {
            throw new OncoevException("bad query: " + e.getMessage());
        }
        PrintStream out = System.out;
        if (json) out.println(SearchJson.toJson(result, cappedLimit, cappedOffset));
        else printPlain(out, text, result, cappedOffset);
        return 0;
    }

    static QueryMode parseMode(String mode) {
        try {
            return QueryMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new OncoevException("--mode must be strict or simple, not '" + mode + "'");
        }
    }

    private static void printPlain(PrintStream out, String query, SearchResult result, int offset) {
        if (result.hits().isEmpty()) {
            out.println(result.total() == 0 ? "No passages match " + query
                    : result.total() + " passages match; none at offset " + offset);
            return;
        }
        out.printf("%d passages match; showing %d-%d%n", result.total(), offset + 1, offset + result.hits().size());
        int rank = offset;
        for (SearchHit h : result.hits()) {
            out.printf("%n%d. %s  [%s]  %s  chars %d-%d  passage %d  score %.2f%n", ++rank, h.document(),
                    h.section(), h.passageKind(), h.charStart(), h.charEnd(), h.passageId(), h.score());
            String source = SearchJson.sourceLine(h);
            if (!source.isEmpty()) out.println("   " + source);
            out.println("   " + SearchJson.plainSnippet(h.snippet()).replaceAll("\\s+", " "));
        }
        out.println();
        SearchJson.facetLines(result).forEach(line -> out.println("  " + line));
    }
}
