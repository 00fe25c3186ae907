package org.oncoev.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Tiny stand-ins for the real folders in tests: two trial reports as text, one two-page PDF built with PDFBox. */
final class RealFolders {
    static final int PDF_PAGES = 2;

    private RealFolders() {}

    private static final String FIRST = """
            # Weekly paclitaxel with or without an oral kinase inhibitor in pretreated gastric cancer

            ## Methods
            Adults with measurable disease after one prior line were assigned 1:1 to the two arms by a central
            web system, stratified by region and performance status.

            ## Results
            In all, 212 patients were randomised. Median progression-free survival was 4.6 months with the
            combination and 3.1 months with paclitaxel alone (hazard ratio 0.71, 95% CI 0.53-0.94; p = 0.017).
            Grade 3 or worse neutropenia occurred in 38 of 105 patients (36%) given the combination.
            """;

    private static final String SECOND = """
            1. Introduction
            Maintenance therapy after induction remains debated for extensive-stage small-cell lung cancer.

            2. Results
            Of 146 participants, 74 received maintenance. Overall survival at two years was 21% versus 14%
            (hazard ratio 0.82, 95% CI 0.60-1.12). The objective response rate was 11% in each group.
            """;

    /** Writes the two text papers into {@code dir}; returns it. */
    static Path texts(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("trial-one.md"), FIRST);
        Files.writeString(dir.resolve("trial-two.txt"), SECOND);
        return dir;
    }

    /** Writes a {@link #PDF_PAGES}-page PDF of the first paper's lines into {@code dir}; returns it. */
    static Path pdfs(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            String[] lines = FIRST.replace("#", "").strip().split("\n");
            for (int page = 0; page < PDF_PAGES; page++) {
                PDPage p = new PDPage();
                pdf.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, p)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(60, 720);
                    for (String line : lines) {
                        cs.showText(line.strip());
                        cs.newLineAtOffset(0, -14);
                    }
                    cs.endText();
                }
            }
            pdf.save(dir.resolve("trial-one.pdf").toFile());
        }
        return dir;
    }
}
