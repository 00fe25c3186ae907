package org.oncoev.corpus.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A tiny corpus of passages written for the tests: three papers, eleven passages, with evidence. */
final class GoldenCorpus {
    private GoldenCorpus() {}

    static final List<IndexedPassage> PASSAGES = List.of(
            // doc 1: sorafenib in HCC, 2019
            p(101, 1, "hcc-sorafenib.md", "Sorafenib after TACE in intermediate HCC", 2019, "abstract", null, "abstract", 0,
                    "A total of 164 patients with intermediate HCC were randomised to TACE plus sorafenib or TACE alone.",
                    List.of("sorafenib"), List.of("TACE plus sorafenib"), List.of(), List.of("cohort"),
                    List.of(164.0), List.of(), List.of()),
            p(102, 1, "hcc-sorafenib.md", "Sorafenib after TACE in intermediate HCC", 2019, "results", "3.2. Survival outcomes", "body", 1,
                    "The median overall survival was 17.2 months with sorafenib versus 12.1 months without (HR 0.62, 95% CI 0.48-0.80; P < 0.001).",
                    List.of("sorafenib"), List.of(), List.of("OS"), List.of("survival", "hazard_ratio", "p_value"),
                    List.of(), List.of(0.001), List.of(0.62)),
            p(103, 1, "hcc-sorafenib.md", "Sorafenib after TACE in intermediate HCC", 2019, "results", "3.2. Survival outcomes", "body", 2,
                    "Median progression-free survival was 5.4 months versus 3.9 months (P = .018).",
                    List.of("sorafenib"), List.of(), List.of("PFS"), List.of("survival", "p_value"),
                    List.of(), List.of(0.018), List.of()),
            p(104, 1, "hcc-sorafenib.md", "Sorafenib after TACE in intermediate HCC", 2019, "methods", "2. Methods", "body", 3,
                    "Sorafenib 400 mg was given orally twice daily until progression.",
                    List.of("sorafenib"), List.of(), List.of(), List.of("dose"), List.of(), List.of(), List.of()),
            // doc 2: FOLFOX in colorectal cancer, 2021
            p(201, 2, "crc-folfox.txt", "FOLFOX4 with or without bevacizumab", 2021, "abstract", null, "abstract", 0,
                    "In 48 patients with metastatic colorectal cancer, FOLFOX4 (oxaliplatin 85 mg/m2, 5-FU 400 mg/m2 bolus) was given every 2 weeks.",
                    List.of("oxaliplatin", "fluorouracil"), List.of("FOLFOX4"), List.of(), List.of("cohort", "dose"),
                    List.of(48.0), List.of(), List.of()),
            p(202, 2, "crc-folfox.txt", "FOLFOX4 with or without bevacizumab", 2021, "results", "Results", "body", 1,
                    "Median overall survival was 21.3 months in the bevacizumab arm and 18.9 months in the control arm (HR 0.81; P = 0.04).",
                    List.of("bevacizumab"), List.of(), List.of("OS"), List.of("survival", "hazard_ratio", "p_value"),
                    List.of(), List.of(0.04), List.of(0.81)),
            p(203, 2, "crc-folfox.txt", "FOLFOX4 with or without bevacizumab", 2021, "results", "Results", "table", 2,
                    "Grade 3 neutropenia\t12 (25%)\t7 (15%)",
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
            p(204, 2, "crc-folfox.txt", "FOLFOX4 with or without bevacizumab", 2021, "references", "References", "references", 3,
                    "Example A, Example B. Overall survival in trials of oxaliplatin. J Example Oncol. 2010.",
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
            // doc 3: gemcitabine in pancreatic cancer, year unknown
            p(301, 3, "pdac-gem.md", "Gemcitabine and nab-paclitaxel", null, "abstract", null, "abstract", 0,
                    "Overall, 212 patients received gemcitabine 1000 mg/m2 with nab-paclitaxel 125 mg/m2 on days 1, 8 and 15.",
                    List.of("gemcitabine", "nab-paclitaxel"), List.of(), List.of(), List.of("cohort", "dose"),
                    List.of(212.0), List.of(), List.of()),
            p(302, 3, "pdac-gem.md", "Gemcitabine and nab-paclitaxel", null, "results", "Survival", "body", 1,
                    "The 1-year survival rate was 35% and median overall survival 8.5 months; the objective response rate was 23%.",
                    List.of("gemcitabine"), List.of(), List.of("OS", "ORR"), List.of("survival"),
                    List.of(), List.of(), List.of()),
            p(303, 3, "pdac-gem.md", "Gemcitabine and nab-paclitaxel", null, "discussion", "Discussion", "body", 2,
                    "Treatment effects did not differ by subgroup (P = 0.35); HR values near 1 were seen in older patients.",
                    List.of(), List.of(), List.of(), List.of("p_value"), List.of(), List.of(0.35), List.of()));

    /** Writes the corpus into {@code dir} and commits. */
    static void write(Path dir) throws IOException {
        Map<Long, List<IndexedPassage>> byDocument = new TreeMap<>();
        for (IndexedPassage p : PASSAGES)
            byDocument.computeIfAbsent(p.documentId(), k -> new java.util.ArrayList<>()).add(p);
        try (PassageIndexWriter writer = PassageIndexWriter.open(dir)) {
            for (var e : byDocument.entrySet()) writer.replaceDocument(e.getKey(), e.getValue());
            writer.commit();
        }
    }

    private static IndexedPassage p(long id, long doc, String file, String title, Integer year, String sectionKind,
                                     String heading, String kind, int ordinal, String text, List<String> agents,
                                     List<String> regimens, List<String> endpoints, List<String> types,
                                     List<Double> cohorts, List<Double> pValues, List<Double> hrs) {
        int start = 1000 * ordinal;
        return new IndexedPassage(id, doc, file, title, year, year == null ? null : "Example Journal", heading,
                sectionKind, kind, ordinal, start, start + text.length(), text, agents, regimens, endpoints, types,
                cohorts, pValues, hrs);
    }
}
