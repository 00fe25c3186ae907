package org.oncoev.pipeline.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hazard ratios as effect sizes for a meta-analysis: {@code yi = ln(HR)} and its standard error from the 95%
 * confidence interval, {@code sei = (ln(ci_high) - ln(ci_low)) / (2 * 1.959964)}, one row per hazard ratio with
 * the paper and arm it belongs to ({@link #COLUMNS}), so that {@code metafor::rma(yi, sei=sei,
 * data=read.csv("hr.csv"))} runs as is. Hazard ratios without both CI bounds, or whose bounds are not
 * {@code 0 < ci_low <= HR <= ci_high} with {@code ci_low < ci_high}, have no usable standard error and are left
 * out ({@link #usable}); an estimate a paper repeats is written once ({@link #writeCsv}). A meta-analysis pools
 * treatment comparisons, so hazard ratios the extractor marked {@code covariate} (a covariate of a multivariable
 * model such as age, sex or stage, or a subgroup's estimate) are left out unless asked for; the {@code covariate}
 * column then tells them apart ({@code subset(d, !covariate)} in R). Thread-safe.
 */
public final class MetaforRows {
    /** The 97.5th percentile of the standard normal distribution. */
    public static final double Z_975 = 1.959964;
    /** Column names, in order. */
    public static final List<String> COLUMNS = List.of("paper", "title", "doi", "pmid", "year", "arm", "hr",
            "ci_low", "ci_high", "yi", "sei", "adjusted", "covariate", "cited", "passage_id", "quote");

    private MetaforRows() {}

    /** Whether {@code f} is an accepted hazard ratio with a CI that yields a standard error. */
    public static boolean usable(StoredFinding f) {
        if (!f.accepted() || !"hazard_ratios".equals(f.type())) return false;
        Double hr = number(f.values().get("value"));
        Double lo = number(f.values().get("ci_low"));
        Double hi = number(f.values().get("ci_high"));
        return hr != null && lo != null && hi != null && lo > 0 && lo < hi && lo <= hr && hr <= hi;
    }

    /** {@code ln(hr)}. */
    public static double yi(double hr) {
        return Math.log(hr);
    }

    /** The standard error of {@code ln(HR)} from a 95% CI. */
    public static double sei(double ciLow, double ciHigh) {
        return (Math.log(ciHigh) - Math.log(ciLow)) / (2 * Z_975);
    }

    /** One usable hazard ratio as an ordered map of {@link #COLUMNS}. */
    public static Map<String, Object> row(StoredFinding f, PaperInfo paper) {
        double hr = number(f.values().get("value"));
        double lo = number(f.values().get("ci_low"));
        double hi = number(f.values().get("ci_high"));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("paper", f.fileName());
        row.put("title", paper.title());
        row.put("doi", paper.doi());
        row.put("pmid", paper.pmid());
        row.put("year", paper.year());
        row.put("arm", f.arm());
        row.put("hr", hr);
        row.put("ci_low", lo);
        row.put("ci_high", hi);
        row.put("yi", yi(hr));
        row.put("sei", sei(lo, hi));
        row.put("adjusted", Boolean.TRUE.equals(f.values().get("adjusted")));
        row.put("covariate", covariate(f));
        row.put("cited", f.cited());
        row.put("passage_id", f.passageId());
        row.put("quote", f.raw());
        return row;
    }

    /** Whether the extractor marked {@code f} as a covariate's or a subgroup's hazard ratio, not the treatments'. */
    public static boolean covariate(StoredFinding f) {
        return Boolean.TRUE.equals(f.values().get("covariate"));
    }

    /**
     * Writes the header and one record per usable hazard ratio of the treatments compared (with {@code withCovariates}
     * also the covariates' and subgroups'), except that an estimate a paper states again (the same arm, HR, CI,
     * adjustment and cited flag, say in the abstract and again in the results) is written once, at its first passage,
     * so that a meta-analysis does not count one study's estimate twice. Returns how many records were written, how
     * many repeats and how many covariate hazard ratios were left out.
     */
    public static Written writeCsv(List<StoredFinding> findings, Map<Long, PaperInfo> papers, boolean withCovariates,
                                   Writer out) throws IOException {
        out.write(FactLines.csvRecord(new ArrayList<>(COLUMNS)));
        int written = 0;
        int repeats = 0;
        int covariates = 0;
        Set<List<Object>> seen = new HashSet<>();
        for (StoredFinding f : findings) {
            if (!usable(f)) continue;
            if (!withCovariates && covariate(f)) {
                covariates++;
                continue;
            }
            Map<String, Object> row = row(f, papers.getOrDefault(f.documentId(), PaperInfo.NONE));
            if (!seen.add(estimateKey(f.documentId(), row))) {
                repeats++;
                continue;
            }
            List<Object> cells = new ArrayList<>();
            for (Object v : row.values()) cells.add(FlatFacts.cell(v));
            out.write(FactLines.csvRecord(cells));
            written++;
        }
        return new Written(written, repeats, covariates);
    }

    /**
     * Records written to {@code hr.csv}, usable hazard ratios left out as a repeat of one already written, and usable
     * hazard ratios left out as a covariate's or subgroup's.
     */
    public record Written(int rows, int repeats, int covariates) {}

    /** What makes two rows of one document the same estimate: everything but where it was stated. */
    private static List<Object> estimateKey(long documentId, Map<String, Object> row) {
        return Arrays.asList(documentId, row.get("arm"), row.get("hr"), row.get("ci_low"), row.get("ci_high"),
                row.get("adjusted"), row.get("covariate"), row.get("cited"));
    }

    private static Double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : null;
    }
}
