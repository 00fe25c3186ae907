package org.oncoev.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates synthetic oncology trial reports from templates written for the bench: each paper draws its
 * disease, agents, arms, cohort sizes, survival figures, p-values, hazard ratios and wording from a random
 * generator seeded by its index, so papers differ in content and size yet a run is reproducible.
 *
 * <p>Contract: {@link #generate(int)} is deterministic per index; text is ASCII (PDF fonts render it);
 * a paper is roughly 10-25 KB of text. Thread-safe (no shared mutable state).
 */
public final class PaperGenerator {
    private static final String[] DISEASES = {"hepatocellular carcinoma", "gastric cancer", "metastatic colorectal cancer",
            "non-small cell lung cancer", "pancreatic adenocarcinoma", "biliary tract cancer", "renal cell carcinoma",
            "triple-negative breast cancer", "oesophageal squamous cell carcinoma", "urothelial carcinoma"};
    private static final String[][] AGENTS = {{"sorafenib", "400 mg twice daily"}, {"lenvatinib", "12 mg once daily"},
            {"capecitabine", "1000 mg/m2 twice daily on days 1-14"}, {"oxaliplatin", "130 mg/m2 on day 1"},
            {"gemcitabine", "1000 mg/m2 on days 1 and 8"}, {"cisplatin", "25 mg/m2 on days 1 and 8"},
            {"docetaxel", "75 mg/m2 every 3 weeks"}, {"regorafenib", "160 mg once daily on days 1-21"},
            {"cabozantinib", "60 mg once daily"}, {"irinotecan", "180 mg/m2 every 2 weeks"},
            {"nab-paclitaxel", "125 mg/m2 on days 1, 8 and 15"}, {"bevacizumab", "7.5 mg/kg every 3 weeks"},
            {"pembrolizumab", "200 mg every 3 weeks"}, {"nivolumab", "240 mg every 2 weeks"},
            {"S-1", "40 mg/m2 twice daily for 28 days"}, {"atezolizumab", "1200 mg every 3 weeks"}};
    private static final String[] DESIGNS = {"randomised, open-label, phase 3", "randomised, double-blind, phase 3",
            "single-arm, phase 2", "multicentre, randomised phase 2", "retrospective cohort"};
    private static final String[] SITES = {"Northgate", "Riverside", "Lakeshore", "Eastfield", "Westbrook", "Hillcrest",
            "Seaview", "Oakridge", "Millbank", "Stonebridge"};
    private static final String[] SURNAMES = {"Almeida", "Brandt", "Chen", "Dubois", "Eriksen", "Fischer", "Garcia",
            "Hoffmann", "Ivanova", "Jensen", "Kowalski", "Laine", "Moreau", "Nakamura", "Olsen", "Petrov", "Quinn"};
    private static final String[] ENDPOINTS = {"overall survival (OS)", "progression-free survival (PFS)"};
    private static final String[] EVENTS = {"Neutropenia", "Fatigue", "Diarrhoea", "Hand-foot skin reaction",
            "Hypertension", "Peripheral neuropathy", "Anaemia", "Thrombocytopenia", "Nausea", "Elevated AST"};

    /** One block of a paper, in reading order. */
    public enum Kind { TITLE, AUTHORS, HEADING, PARAGRAPH, CAPTION, TABLE_ROW, REFERENCE }

    /** A block: its kind and text (table rows are tab-separated cells). */
    public record Block(Kind kind, String text) {}

    /** A generated paper: a file stem and its blocks. */
    public record Paper(String stem, List<Block> blocks) {
        /** Markdown: {@code #}/{@code ##} headings, markup in p-values, tab-separated table rows. */
        public String toMarkdown() {
            StringBuilder sb = new StringBuilder();
            for (Block b : blocks) {
                switch (b.kind()) {
                    case TITLE -> sb.append("# ").append(b.text()).append("\n\n");
                    case HEADING -> sb.append("## ").append(b.text()).append("\n\n");
                    case TABLE_ROW, REFERENCE -> sb.append(b.text()).append('\n');
                    default -> sb.append(b.text()).append("\n\n");
                }
            }
            return sb.toString();
        }

        /** Plain text: numbered headings, markup stripped (as a PDF converter would give). */
        public String toPlainText() {
            StringBuilder sb = new StringBuilder();
            int h = 0;
            for (Block b : blocks) {
                String t = plain(b.text());
                switch (b.kind()) {
                    case HEADING -> sb.append(t.equals("References") || t.equals("Abstract") ? t : (++h) + ". " + t)
                            .append("\n\n");
                    case TABLE_ROW, REFERENCE -> sb.append(t).append('\n');
                    default -> sb.append(t).append("\n\n");
                }
            }
            return sb.toString();
        }

        /** Blocks with markup removed, for rendering. */
        public List<Block> plainBlocks() {
            return blocks.stream().map(b -> new Block(b.kind(), plain(b.text()))).toList();
        }

        private static String plain(String s) {
            return s.replace("*P*", "P").replace("<i>P</i>", "P").replaceAll("\\^\\d+(,\\d+)*\\^", "");
        }
    }

    /** The paper with this index. */
    public Paper generate(int index) {
        Random r = new Random(0x5EEDL * 31 + index);
        Draw d = new Draw(r, index);
        List<Block> out = new ArrayList<>();
        out.add(new Block(Kind.TITLE, d.title()));
        out.add(new Block(Kind.AUTHORS, d.authors()));
        out.add(new Block(Kind.HEADING, "Abstract"));
        out.add(new Block(Kind.PARAGRAPH, d.abstractText()));
        out.add(new Block(Kind.HEADING, "Introduction"));
        for (int i = 0, n = 3 + r.nextInt(4); i < n; i++) out.add(new Block(Kind.PARAGRAPH, d.introParagraph()));
        out.add(new Block(Kind.HEADING, r.nextBoolean() ? "Methods" : "Patients and Methods"));
        for (int i = 0, n = 3 + r.nextInt(4); i < n; i++) out.add(new Block(Kind.PARAGRAPH, d.methodsParagraph(i)));
        out.add(new Block(Kind.HEADING, "Results"));
        for (int i = 0, n = 6 + r.nextInt(8); i < n; i++) out.add(new Block(Kind.PARAGRAPH, d.resultsParagraph(i)));
        out.add(new Block(Kind.CAPTION, "Table " + (1 + r.nextInt(3)) + ". Grade 3 or higher adverse events by arm"));
        out.add(new Block(Kind.TABLE_ROW, "Event\t" + d.armA + ", n (%)\t" + d.armB + ", n (%)"));
        for (int i = 0, n = 4 + r.nextInt(5); i < n; i++) out.add(new Block(Kind.TABLE_ROW, d.tableRow(i)));
        out.add(new Block(Kind.HEADING, "Discussion"));
        for (int i = 0, n = 3 + r.nextInt(4); i < n; i++) out.add(new Block(Kind.PARAGRAPH, d.discussionParagraph()));
        out.add(new Block(Kind.HEADING, "References"));
        for (int i = 1, n = 8 + r.nextInt(15); i <= n; i++) out.add(new Block(Kind.REFERENCE, d.reference(i)));
        return new Paper(String.format(Locale.ROOT, "bench-%05d-%s", index, d.agentA.replace(' ', '-')), out);
    }

    /** The random draws of one paper and its sentence templates. */
    private static final class Draw {
        final Random r;
        final String disease;
        final String agentA;
        final String doseA;
        final String agentB;
        final String doseB;
        final String armA;
        final String armB;
        final String design;
        final int nA;
        final int nB;
        final double medA;
        final double medB;
        final double hr;
        final String site;

        Draw(Random r, int index) {
            this.r = r;
            disease = pick(DISEASES);
            int a = r.nextInt(AGENTS.length);
            int b = (a + 1 + r.nextInt(AGENTS.length - 1)) % AGENTS.length;
            agentA = AGENTS[a][0];
            doseA = AGENTS[a][1];
            agentB = AGENTS[b][0];
            doseB = AGENTS[b][1];
            armA = agentA + (r.nextBoolean() ? " plus " + agentB : "");
            armB = r.nextInt(3) == 0 ? "placebo" : agentB;
            design = pick(DESIGNS);
            nA = 40 + r.nextInt(400);
            nB = 40 + r.nextInt(400);
            medB = 3 + r.nextInt(120) / 10.0;
            medA = medB + 0.5 + r.nextInt(80) / 10.0;
            hr = 0.45 + r.nextInt(50) / 100.0;
            site = pick(SITES) + " " + (index % 7 + 1);
        }

        String pick(String[] values) {
            return values[r.nextInt(values.length)];
        }

        String pValue() {
            return switch (r.nextInt(5)) {
                case 0 -> "*P* < .001";
                case 1 -> "P = 0." + (10 + r.nextInt(89));
                case 2 -> "<i>P</i> = .0" + (1 + r.nextInt(9));
                case 3 -> "p = 0.00" + (1 + r.nextInt(9));
                default -> "P < 0.0001";
            };
        }

        String ci(double v) {
            double lo = Math.max(0.1, v * (0.6 + r.nextInt(30) / 100.0));
            double hi = v * (1.1 + r.nextInt(40) / 100.0);
            return String.format(Locale.ROOT, "95%% CI %.1f-%.1f", lo, hi);
        }

        String title() {
            return String.format(Locale.ROOT, "%s versus %s in %s %s: a %s trial",
                    cap(armA), armB, r.nextBoolean() ? "advanced" : "previously treated", disease, design);
        }

        String authors() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = 3 + r.nextInt(5); i < n; i++) {
                if (i > 0) sb.append(", ");
                sb.append((char) ('A' + r.nextInt(26))).append(". ").append(pick(SURNAMES)).append('^').append(1 + i % 3).append('^');
            }
            return sb.append(". Department of Medical Oncology, ").append(site).append(" Cancer Centre").toString();
        }

        String abstractText() {
            String endpoint = pick(ENDPOINTS);
            return String.format(Locale.ROOT, "Background: We assessed %s in patients with %s. Methods: In this %s trial, "
                            + "%d patients were randomly assigned to %s (n = %d) or %s (n = %d). The primary endpoint was %s. "
                            + "Results: Median %s was %.1f months (%s) with %s versus %.1f months (%s) with %s "
                            + "(hazard ratio [HR] %.2f, %s; %s). Conclusion: %s %s %s.",
                    armA, disease, design, nA + nB, armA, nA, armB, nB, endpoint, shortName(endpoint), medA, ci(medA), armA,
                    medB, ci(medB), armB, hr, ci(hr), pValue(), cap(armA), pick(new String[] {"improved", "prolonged", "extended"}),
                    shortName(endpoint));
        }

        String introParagraph() {
            return String.format(Locale.ROOT, "%s remains a leading cause of cancer death, and %d%% of patients present with "
                            + "unresectable disease^%d^. %s, given at %s, %s in earlier studies, with a median OS of %.1f months "
                            + "in a phase 2 cohort of %d patients [%d]. Whether the addition of %s improves outcomes %s is unknown. "
                            + "%s",
                    cap(disease), 30 + r.nextInt(50), 1 + r.nextInt(9), cap(agentA), doseA,
                    pick(new String[] {"showed activity", "was well tolerated", "produced durable responses"}),
                    4 + r.nextInt(150) / 10.0, 20 + r.nextInt(200), 1 + r.nextInt(20), agentB,
                    pick(new String[] {"in unselected patients", "after progression on first-line therapy", "in older patients"}),
                    pick(new String[] {"We therefore designed the present trial.", "This study addresses that question.",
                            "We report the final analysis of the trial."}));
        }

        String methodsParagraph(int i) {
            return switch (i % 3) {
                case 0 -> String.format(Locale.ROOT, "Eligible patients were aged 18 years or older with histologically "
                                + "confirmed %s, an ECOG performance status of 0-%d, and adequate organ function. Patients "
                                + "received %s %s i.v. or p.o. as appropriate; the comparator arm received %s %s. Treatment "
                                + "continued until progression or unacceptable toxicity, approx. %d cycles at most.",
                        disease, 1 + r.nextInt(2), agentA, doseA, agentB, doseB, 6 + r.nextInt(12));
                case 1 -> String.format(Locale.ROOT, "Randomisation (1:1) was stratified by region and performance status. "
                                + "The sample size of %d patients provided %d%% power to detect a hazard ratio of %.2f at a "
                                + "two-sided alpha of 0.05. Survival was estimated with the Kaplan-Meier method and compared "
                                + "with the log-rank test; hazard ratios came from Cox models (see Fig. %d).",
                        nA + nB, 80 + r.nextInt(11), 0.6 + r.nextInt(20) / 100.0, 1 + r.nextInt(3));
                default -> String.format(Locale.ROOT, "Tumour response was assessed every %d weeks by RECIST version 1.1. "
                                + "Adverse events were graded with CTCAE version %d.0. The data cut-off was %s %d, after a "
                                + "median follow-up of %.1f months.",
                        6 + 2 * r.nextInt(3), 4 + r.nextInt(2), pick(new String[] {"March", "June", "October"}),
                        2015 + r.nextInt(9), 12 + r.nextInt(300) / 10.0);
            };
        }

        String resultsParagraph(int i) {
            double pfsA = 2 + r.nextInt(90) / 10.0;
            double pfsB = Math.max(1.0, pfsA - 0.5 - r.nextInt(30) / 10.0);
            return switch (i % 4) {
                case 0 -> String.format(Locale.ROOT, "Between %d and %d, %d patients were enrolled at %d centres; %d were "
                                + "assigned to %s and %d to %s. Baseline characteristics were balanced; the median age was "
                                + "%d years and %d%% were men.",
                        2010 + r.nextInt(6), 2016 + r.nextInt(6), nA + nB, 10 + r.nextInt(90), nA, armA, nB, armB,
                        50 + r.nextInt(25), 50 + r.nextInt(35));
                case 1 -> String.format(Locale.ROOT, "The median overall survival was %.1f months (%s) in the %s group "
                                + "and %.1f months (%s) in the %s group (HR %.2f, %s; %s). The %d-year OS rate was "
                                + "%.1f%% vs. %.1f%%.",
                        medA, ci(medA), armA, medB, ci(medB), armB, hr, ci(hr), pValue(), 1 + r.nextInt(3),
                        20 + r.nextInt(500) / 10.0, 10 + r.nextInt(300) / 10.0);
                case 2 -> String.format(Locale.ROOT, "Median PFS was %.1f versus %.1f months (hazard ratio, %.2f; %s; %s). "
                                + "An objective response occurred in %d of %d patients (%.1f%%) with %s and in %d of %d "
                                + "(%.1f%%) with %s (%s).",
                        pfsA, pfsB, 0.4 + r.nextInt(50) / 100.0, ci(0.7), pValue(), nA / 4, nA, 100.0 * (nA / 4) / nA,
                        armA, nB / 6, nB, 100.0 * (nB / 6) / nB, armB, pValue());
                default -> String.format(Locale.ROOT, "Grade 3 or worse adverse events occurred in %d%% of patients "
                                + "receiving %s and in %d%% of those receiving %s; the most common were %s and %s. "
                                + "Dose reductions of %s to %s were needed in %d patients.",
                        20 + r.nextInt(60), armA, 10 + r.nextInt(50), armB, pick(EVENTS).toLowerCase(Locale.ROOT),
                        pick(EVENTS).toLowerCase(Locale.ROOT), agentA, doseA.replaceAll("^\\d+", String.valueOf(100 + r.nextInt(300))),
                        5 + r.nextInt(60));
            };
        }

        String tableRow(int i) {
            int a = r.nextInt(nA / 3 + 1);
            int b = r.nextInt(nB / 3 + 1);
            return String.format(Locale.ROOT, "%s\t%d (%.1f)\t%d (%.1f)", EVENTS[(i + r.nextInt(3)) % EVENTS.length],
                    a, 100.0 * a / nA, b, 100.0 * b / nB);
        }

        String discussionParagraph() {
            return String.format(Locale.ROOT, "In this trial, %s %s %s compared with %s, with a hazard ratio of %.2f. "
                            + "These results are consistent with those of an earlier study in which %s was associated "
                            + "with a median OS of %.1f months [%d]. Limitations include %s. %s",
                    armA, pick(new String[] {"significantly prolonged", "modestly improved", "did not improve"}),
                    pick(new String[] {"overall survival", "progression-free survival", "disease control"}), armB, hr,
                    agentA, 5 + r.nextInt(200) / 10.0, 1 + r.nextInt(20),
                    pick(new String[] {"the open-label design", "the small sample size", "the heterogeneous population",
                            "the lack of biomarker selection"}),
                    pick(new String[] {"Further trials are warranted.", "Toxicity was manageable.",
                            "Quality of life was maintained in both arms."}));
        }

        String reference(int i) {
            return String.format(Locale.ROOT, "%d. %s %c, %s %c. %s in %s. Synthetic Oncol Rep. %d;%d:%d-%d.", i,
                    pick(SURNAMES), (char) ('A' + r.nextInt(26)), pick(SURNAMES), (char) ('A' + r.nextInt(26)),
                    cap(AGENTS[r.nextInt(AGENTS.length)][0]), pick(DISEASES), 2000 + r.nextInt(24), 1 + r.nextInt(40), 100 + i * 7,
                    110 + i * 7 + r.nextInt(9));
        }

        static String shortName(String endpoint) {
            return endpoint.substring(endpoint.indexOf('(') + 1, endpoint.indexOf(')'));
        }

        static String cap(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }
}
