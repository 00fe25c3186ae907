package org.oncoev.extractors.hazard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.Relation;
import org.oncoev.extractors.pvalue.PValueSyntax;

/**
 * Hazard ratios in table rows whose cells were glued together with no separator ({@code White57571.931.20(0.57,
 * 2.54)0.64}, {@code 2.13.8 (1.6 – 8.9) 0.041}): in a TABLE passage whose text names an HR ({@code HR},
 * {@code Hazard Ratio}) before it, an estimate right before a bracketed CI and right after it a p-value is an HR.
 * The estimate is the shortest number before the bracket with the CI's decimals that lies within the CI
 * ({@code 1.20}, not {@code 31.20}). An estimate followed by another bracketed estimate (a median with its CI
 * beside another) is not taken. The row's label (its line up to a tab or the glued numbers) tells a covariate's HR
 * ({@link Covariates#row}); it, else the text up to the HR term (caption and header), names the endpoint
 * ({@link HazardEndpoints#table}). Pure; passages over {@value #MAX_TEXT} characters are read up to there.
 */
final class GluedEstimates {
    static final int MAX_TEXT = 20_000;
    private static final Pattern CI = Pattern.compile("\\(\\s?(?<low>\\d{1,3}\\.(?<dec>\\d{1,3}))\\s?(?:,|–|-|to)\\s?(?<high>\\d{1,3}\\.\\d{1,3})\\s?\\)");
    private static final Pattern P_AFTER = Pattern.compile("\\s?(?<rel>[<>≤≥=])?\\s?(?<num>0?\\.\\d{1,5}|1\\.0{1,3})(?![\\d.]|\\s?\\()");
    private static final Pattern HR_TERM = Pattern.compile("HR(?![A-Za-z])|[Hh]azard\\s[Rr]atio");

    /** Digits, points, commas and spaces ending a row label's prefix (the glued numbers). */
    private static final Pattern TRAILING_NUMBERS = Pattern.compile("[\\d.,\\s]+$");

    private GluedEstimates() {}

    /** {@code \d{whole}\.\d{dec}} exactly at {@code [at, at + whole + 1 + dec)} of {@code text} (ASCII digits). */
    static boolean isDecimal(String text, int at, int whole, int dec) {
        if (at < 0 || at + whole + 1 + dec > text.length()) return false;
        for (int i = 0; i < whole + 1 + dec; i++) {
            char c = text.charAt(at + i);
            if (i == whole ? c != '.' : c < '0' || c > '9') return false;
        }
        return true;
    }

    /** The row's label: its line up to the first tab, or up to the numbers glued to the estimate. */
    private static String label(String text, int start) {
        int line = text.lastIndexOf('\n', start - 1) + 1;
        String prefix = text.substring(line, start);
        int tab = prefix.indexOf('\t');
        return TRAILING_NUMBERS.matcher(tab >= 0 ? prefix.substring(0, tab) : prefix).replaceFirst("").strip();
    }

    static List<Finding> extract(HazardRatioExtractor extractor, Passage passage) {
        if (passage.kind() != PassageKind.TABLE) return List.of();
        String text = passage.text().length() > MAX_TEXT ? passage.text().substring(0, MAX_TEXT) : passage.text();
        Matcher term = HR_TERM.matcher(text);
        if (!term.find()) return List.of();
        int from = term.end();
        List<Finding> out = new ArrayList<>();
        Matcher ci = CI.matcher(text);
        while (ci.find(from)) {
            from = ci.end();
            double low = Double.parseDouble(ci.group("low")), high = Double.parseDouble(ci.group("high"));
            int dec = ci.group("dec").length();
            int open = ci.start();
            int numEnd = open > 0 && text.charAt(open - 1) == ' ' ? open - 1 : open;
            int start = -1;
            double value = Double.NaN;
            for (int whole = 1; whole <= 2 && start < 0; whole++) {
                int s = numEnd - dec - 1 - whole;
                if (s < 0 || !isDecimal(text, s, whole, dec)) continue;
                double v = Double.parseDouble(text.substring(s, numEnd));
                if (v >= low - 1e-9 && v <= high + 1e-9) { start = s; value = v; }
            }
            if (start < 0) continue;
            Matcher p = P_AFTER.matcher(text).region(ci.end(), Math.min(text.length(), ci.end() + 14));
            if (!p.lookingAt()) continue;
            Relation rel = p.group("rel") == null ? Relation.EQ : PValueSyntax.relation(p.group("rel"));
            String label = label(text, start);
            Finding f = extractor.finding(passage, start, ci.end(), value, low, high, rel, PValueSyntax.parseNumber(p.group("num")), false,
                    Covariates.row(label, ""), HazardEndpoints.table(label, "", "", "", text.substring(0, term.end())));
            if (f != null) out.add(f);
        }
        return out;
    }
}
