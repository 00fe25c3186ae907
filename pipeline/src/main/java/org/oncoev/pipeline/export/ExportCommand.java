package org.oncoev.pipeline.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.gold.EvidenceExporter;
import org.oncoev.extractors.gold.EvidenceJson;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevContext;
import org.oncoev.pipeline.cli.OncoevException;
import org.oncoev.pipeline.evaluate.LatestRunFindings;
import org.oncoev.pipeline.db.ReadOnlyDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code oncoev export --format json|jsonl|csv|metafor --out DIR [--include-rejected]}: writes the evidence of
 * each current document's latest extraction run. {@code json}: one FORMAT.md file per document, named after its
 * file name with {@code .json} (built by {@link EvidenceExporter}, so {@code evaluate --predicted} reads it back);
 * {@code jsonl}: {@code facts.jsonl}, one line per finding with provenance ({@link FactLines}); {@code csv}:
 * {@code facts.csv}, one flat row per finding ({@link FlatFacts}); {@code metafor}: {@code hr.csv}, the hazard
 * ratios with a 95% CI as {@code yi}/{@code sei} ({@link MetaforRows}): the treatments' hazard ratios only, and with
 * {@code --with-covariates} also those of covariates and subgroups. {@code --include-rejected} adds the
 * rejected findings with their reasons (for {@code json} into {@code rejected.jsonl}, since FORMAT.md has no place
 * for them; not for {@code metafor}).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the latest extraction run's evidence.",
                "json: one FORMAT.md file per document; jsonl: one line per fact with provenance;",
                "csv: facts.csv, one flat row per fact; metafor: hr.csv, hazard ratios as yi/sei."})
public class ExportCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "json, jsonl, csv or metafor.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created).")
    Path out;

    @Option(names = "--include-rejected", description = "Also write the rejected findings with their reasons.")
    boolean includeRejected;

    @Option(names = "--with-covariates", description = "metafor: also write the hazard ratios of covariates (age, sex, "
            + "stage... in a multivariable model) and of subgroups, marked covariate=true; by default only the treatments'.")
    boolean withCovariates;

    @Override
    public Integer call() throws IOException {
        if (!List.of("json", "jsonl", "csv", "metafor").contains(format)) {
            throw new OncoevException("unknown format '" + format + "' (json, jsonl, csv or metafor)");
        }
        Files.createDirectories(out);
        try (ReadOnlyDatabase db = OncoevContext.openReadOnly(global)) {
            JdbcTemplate jdbc = db.jdbc();
            StoredFindings stored = new StoredFindings(jdbc);
            switch (format) {
                case "json" -> {
                    int files = writeJson(jdbc, out);
                    String extra = "";
                    if (includeRejected) {
                        List<StoredFinding> rejected = stored.latest(true).stream().filter(f -> !f.accepted()).toList();
                        writeLines(rejected, PaperInfo.load(jdbc), out.resolve("rejected.jsonl"));
                        extra = ", " + rejected.size() + " rejected finding(s) in rejected.jsonl";
                    }
                    System.out.println("export: " + files + " document file(s) in " + out + extra);
                }
                case "jsonl" -> {
                    List<StoredFinding> rows = stored.latest(includeRejected);
                    Path file = out.resolve("facts.jsonl");
                    writeLines(rows, PaperInfo.load(jdbc), file);
                    System.out.println("export: " + rows.size() + " finding(s) in " + file);
                }
                case "csv" -> {
                    List<StoredFinding> rows = stored.latest(includeRejected);
                    Path file = out.resolve("facts.csv");
                    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        FlatFacts.writeCsv(rows, PaperInfo.load(jdbc), includeRejected, w);
                    }
                    System.out.println("export: " + rows.size() + " finding(s) in " + file);
                }
                case "metafor" -> {
                    List<StoredFinding> rows = stored.latest(false);
                    Path file = out.resolve("hr.csv");
                    MetaforRows.Written written;
                    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        written = MetaforRows.writeCsv(rows, PaperInfo.load(jdbc), withCovariates, w);
                    }
                    long hrs = rows.stream().filter(f -> "hazard_ratios".equals(f.type())).count();
                    long noCi = hrs - written.rows() - written.repeats() - written.covariates();
                    System.out.println("export: " + written.rows() + " hazard ratio(s) with a 95% CI in " + file
                            + (written.repeats() > 0 ? "; " + written.repeats() + " repeat(s) of an estimate the same paper"
                                    + " states elsewhere left out" : "")
                            + (written.covariates() > 0 ? "; " + written.covariates() + " of covariates or subgroups"
                                    + " (age, sex, stage...) left out (--with-covariates keeps them)" : "")
                            + (noCi > 0 ? "; " + noCi + " without a usable CI left out" : ""));
                }
                default -> throw new IllegalStateException(format);
            }
            return 0;
        }
    }

    /** One FORMAT.md file per current document (documents without facts get empty lists); returns the count. */
    static int writeJson(JdbcTemplate jdbc, Path out) throws IOException {
        List<String> duplicates = jdbc.queryForList("SELECT file_name FROM documents WHERE current GROUP BY file_name "
                + "HAVING count(*) > 1 ORDER BY file_name", String.class);
        if (!duplicates.isEmpty()) {
            throw new OncoevException("several current documents share the file name " + duplicates.get(0)
                    + "; json export names files after the document's file name, so it cannot tell them apart");
        }
        Map<String, List<Finding>> findings = LatestRunFindings.load(jdbc);
        Map<String, PaperInfo> papers = new java.util.HashMap<>();
        Map<Long, PaperInfo> byId = PaperInfo.load(jdbc);
        jdbc.query("SELECT id, file_name FROM documents WHERE current",
                rs -> { papers.put(rs.getString("file_name"), byId.getOrDefault(rs.getLong("id"), PaperInfo.NONE)); });
        EvidenceExporter exporter = new EvidenceExporter();
        for (Map.Entry<String, List<Finding>> e : findings.entrySet()) {
            ObjectNode tree = withPaper(EvidenceJson.toTree(exporter.export(e.getKey(), e.getValue())),
                    papers.getOrDefault(e.getKey(), PaperInfo.NONE));
            Files.writeString(out.resolve(jsonName(e.getKey())), EvidenceJson.toJson(tree), StandardCharsets.UTF_8);
        }
        return findings.size();
    }

    /** The FORMAT.md tree with the document's metadata as {@code "paper"} after {@code "document"} (readers ignore it). */
    private static ObjectNode withPaper(ObjectNode root, PaperInfo paper) {
        ObjectNode out = root.objectNode();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            out.set(field.getKey(), field.getValue());
            if (field.getKey().equals("document")) {
                out.putObject("paper").put("title", paper.title()).put("journal", paper.journal())
                        .put("year", paper.year()).put("doi", paper.doi()).put("pmid", paper.pmid());
            }
        }
        return out;
    }

    /** {@code 002_x.txt} -> {@code 002_x.json}; a name without extension gets {@code .json} appended. */
    static String jsonName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return (dot > 0 ? fileName.substring(0, dot) : fileName) + ".json";
    }

    private static void writeLines(List<StoredFinding> rows, Map<Long, PaperInfo> papers, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            FactLines.writeJsonl(rows, papers, w);
        }
    }
}
