package org.oncoev.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.oncoev.corpus.index.IndexedPassage;
import org.oncoev.corpus.index.PassageIndexWriter;
import org.oncoev.corpus.index.PassageSearcher;
import org.oncoev.corpus.index.QueryMode;
import org.oncoev.corpus.index.QuerySyntaxException;

/**
 * Query latency over a large synthetic index: writes {@code passages} generated passages (sentences in the
 * style of trial reports, with agents, endpoints, evidence types, cohort sizes, p-values and hazard ratios)
 * straight into a {@link PassageIndexWriter}, then times a fixed mix of full-text, field, range, phrase and
 * prefix queries through {@link PassageSearcher} (top 10 with facets, as {@code search} runs them).
 *
 * <p>Contract: deterministic for a given size; latencies are wall-clock per query after a warm-up.
 */
public final class QueryBench {
    /** Query templates; {@code %s} takes an agent, {@code %d} a number. */
    static final List<String> QUERY_MIX = List.of(
            "agent:%s AND endpoint:OS",
            "cohort:[%d TO *]",
            "pvalue:[0 TO 0.001]",
            "\"median overall survival\"",
            "\"hazard ratio\" AND %s",
            "%s*",
            "hepatocellular AND %s",
            "endpoint:PFS AND type:hazard_ratio",
            "hr:[0 TO 0.7] AND agent:%s",
            "neutropenia OR thrombocytopenia");
    private static final String[] AGENTS = {"sorafenib", "lenvatinib", "capecitabine", "oxaliplatin", "gemcitabine",
            "cisplatin", "docetaxel", "regorafenib", "cabozantinib", "irinotecan", "bevacizumab", "pembrolizumab",
            "nivolumab", "atezolizumab", "paclitaxel", "fluorouracil", "erlotinib", "gefitinib", "sunitinib", "everolimus"};
    private static final String[] DISEASES = {"hepatocellular carcinoma", "gastric cancer", "colorectal cancer",
            "lung cancer", "pancreatic cancer", "breast cancer", "renal cell carcinoma", "biliary tract cancer"};
    private static final String[] EVENTS = {"neutropenia", "fatigue", "diarrhoea", "hypertension", "anaemia",
            "thrombocytopenia", "nausea", "rash", "neuropathy", "hepatotoxicity"};
    private static final String[] ENDPOINTS = {"OS", "PFS", "ORR", "DFS", "TTP"};
    private static final String[] TYPES = {"cohort", "survival", "p_value", "hazard_ratio", "dose"};
    private static final int PASSAGES_PER_DOCUMENT = 40;

    /** Latency figures of one run. */
    public record Result(long passages, double buildSeconds, int queries, double p50Millis, double p99Millis,
                         double meanMillis, Map<String, Object> byTemplate, Map<String, Double> phases,
                         Map<String, Double> hotspots) {}

    /** Phases of one search, for the sampler: parsing, the per-search reader refresh, matching and scoring, facet counting, snippets, stored fields. */
    static String phase(StackTraceElement[] stack) {
        for (StackTraceElement f : stack) {
            String c = f.getClassName();
            if (c.contains("FacetCounter") || c.startsWith("org.apache.lucene.facet.")) return "facets";
            if (c.contains("Snippets") || c.contains("highlight")) return "snippets";
            if (c.contains("PassageQueryParser") || c.contains("SimpleQueries") || c.contains("queryparser")) return "parse";
            if (c.contains("StoredFields") || f.getMethodName().equals("toHit")) return "stored_fields";
            if (c.endsWith("PassageSearcher") && f.getMethodName().equals("manager")) return "reader_refresh";
        }
        return "match_score";
    }

    /** Builds the index under {@code dir} with {@code passages} passages, then runs {@code queries} timed queries. */
    public Result run(Path dir, long passages, int queries) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        build(dir, passages);
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        try (PassageSearcher searcher = PassageSearcher.open(dir)) {
            List<String> warmUp = queries(Math.max(50, queries / 5), 7);
            for (String q : warmUp) search(searcher, q);
            List<String> timed = queries(queries, 11);
            double[] millis = new double[timed.size()];
            Map<String, List<Double>> perTemplate = new LinkedHashMap<>();
            StageSampler sampler = new StageSampler(Thread.currentThread(), 2, QueryBench::phase,
                    List.of("parse", "reader_refresh", "match_score", "facets", "snippets", "stored_fields"));
            sampler.start();
            try {
                for (int i = 0; i < timed.size(); i++) {
                    long s = System.nanoTime();
                    search(searcher, timed.get(i));
                    millis[i] = (System.nanoTime() - s) / 1e6;
                    perTemplate.computeIfAbsent(QUERY_MIX.get(i % QUERY_MIX.size()), k -> new ArrayList<>()).add(millis[i]);
                }
            } finally {
                sampler.stop();
            }
            Map<String, Object> byTemplate = new LinkedHashMap<>();
            perTemplate.forEach((template, values) -> {
                double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                byTemplate.put(template, Map.of("p50_ms", BenchRunner.round(percentile(sorted, 0.5)),
                        "p99_ms", BenchRunner.round(percentile(sorted, 0.99))));
            });
            Arrays.sort(millis);
            double mean = Arrays.stream(millis).average().orElse(0);
            return new Result(searcher.passageCount(), buildSeconds, millis.length, percentile(millis, 0.50),
                    percentile(millis, 0.99), mean, byTemplate, sampler.shares(), sampler.hotspots(8));
        }
    }

    /** The query strings: the mix, cycled, with agents and cohort thresholds varied. */
    static List<String> queries(int n, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String template = QUERY_MIX.get(i % QUERY_MIX.size());
            String agent = AGENTS[r.nextInt(AGENTS.length)];
            String q = template.contains("%d") ? String.format(Locale.ROOT, template, 50 + r.nextInt(400))
                    : template.equals("%s*") ? agent.substring(0, 4) + "*"
                    : template.contains("%s") ? String.format(Locale.ROOT, template, agent) : template;
            out.add(q);
        }
        return out;
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static void search(PassageSearcher searcher, String q) {
        try {
            searcher.search(q, QueryMode.STRICT, 10, 0);
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException("bench query rejected: " + q + ": " + e.getMessage(), e);
        }
    }

    /** Writes the synthetic passages with two threads (one document id range each) and commits once. */
    static void build(Path dir, long passages) throws IOException, InterruptedException {
        long documents = (passages + PASSAGES_PER_DOCUMENT - 1) / PASSAGES_PER_DOCUMENT;
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (PassageIndexWriter writer = PassageIndexWriter.open(dir)) {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final int shard = t;
                work.add(pool.submit(() -> {
                    for (long d = shard; d < documents; d += threads) {
                        long first = d * PASSAGES_PER_DOCUMENT;
                        int count = (int) Math.min(PASSAGES_PER_DOCUMENT, passages - first);
                        writer.replaceDocument(d + 1, document(d + 1, first, count));
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) f.get();
            writer.commit();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("building the query index failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One synthetic document's passages; the random draws are seeded by the document id. */
    static List<IndexedPassage> document(long documentId, long firstPassageId, int count) {
        Random r = new Random(documentId * 0x9E3779B97F4A7C15L);
        String agent = AGENTS[r.nextInt(AGENTS.length)];
        String other = AGENTS[r.nextInt(AGENTS.length)];
        String disease = DISEASES[r.nextInt(DISEASES.length)];
        String file = "synthetic-" + documentId + ".txt";
        String title = agent + " versus " + other + " in " + disease;
        int year = 2000 + r.nextInt(25);
        List<IndexedPassage> out = new ArrayList<>(count);
        StringBuilder sb = new StringBuilder(400);
        int offset = 0;
        for (int i = 0; i < count; i++) {
            sb.setLength(0);
            List<String> agents = new ArrayList<>(2);
            List<String> endpoints = new ArrayList<>(1);
            List<String> types = new ArrayList<>(2);
            List<Double> cohorts = new ArrayList<>(1);
            List<Double> pValues = new ArrayList<>(1);
            List<Double> hrs = new ArrayList<>(1);
            String endpoint = ENDPOINTS[r.nextInt(ENDPOINTS.length)];
            switch (r.nextInt(5)) {
                case 0 -> {
                    int n = 20 + r.nextInt(800);
                    sb.append("A total of ").append(n).append(" patients with ").append(disease)
                            .append(" received ").append(agent).append(" and were evaluable for ").append(endpoint).append('.');
                    agents.add(agent);
                    cohorts.add((double) n);
                    types.add("cohort");
                }
                case 1 -> {
                    double m = 2 + r.nextInt(300) / 10.0;
                    sb.append("The median overall survival was ").append(m).append(" months with ").append(agent)
                            .append(" and ").append(m / 1.4).append(" months with ").append(other).append('.');
                    agents.add(agent);
                    endpoints.add("OS");
                    types.add("survival");
                }
                case 2 -> {
                    double hr = 0.3 + r.nextInt(90) / 100.0;
                    double p = r.nextInt(3) == 0 ? 0.0001 * (1 + r.nextInt(9)) : 0.01 * (1 + r.nextInt(60));
                    sb.append("The hazard ratio for ").append(endpoint).append(" was ").append(hr).append(" (P = ")
                            .append(p).append(") in favour of ").append(agent).append('.');
                    agents.add(agent);
                    endpoints.add(endpoint);
                    types.add("hazard_ratio");
                    types.add("p_value");
                    hrs.add(hr);
                    pValues.add(p);
                }
                case 3 -> sb.append("Grade 3 ").append(EVENTS[r.nextInt(EVENTS.length)]).append(" and ")
                        .append(EVENTS[r.nextInt(EVENTS.length)]).append(" occurred in ").append(r.nextInt(40))
                        .append("% of patients; dose reductions of ").append(other).append(" were common.");
                default -> sb.append("Patients were enrolled at ").append(5 + r.nextInt(90)).append(" centres between ")
                        .append(year - 5).append(" and ").append(year).append("; the study was approved by the ethics ")
                        .append("committee and all patients gave informed consent. Follow-up continued for ")
                        .append(r.nextInt(60)).append(" months.");
            }
            if (types.isEmpty() && r.nextInt(4) == 0) types.add(TYPES[r.nextInt(TYPES.length)]);
            String text = sb.toString();
            out.add(new IndexedPassage(firstPassageId + i + 1, documentId, file, title, year, "Synthetic Oncol Rep",
                    "Results", "results", "body", i, offset, offset + text.length(), text,
                    agents, List.of(), endpoints, types, cohorts, pValues, hrs));
            offset += text.length() + 1;
        }
        return out;
    }
}
