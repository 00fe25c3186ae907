package org.oncoev.pipeline.text;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.DocumentReadException;
import org.oncoev.corpus.Exclusions;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.Section;
import org.oncoev.extractors.gold.Evaluation;
import org.oncoev.pipeline.cli.OncoevException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code oncoev text FILE [--passages]}: what oncoev read from one file (text, PDF or JATS), with no database.
 * By default the evidence-bearing text in source order under its sections, each passage marked with its kind
 * and source offsets, and each excluded stretch marked with its reason and length; with {@code --passages}
 * one line per passage (ordinal, kind, section, offsets, page, sentences, table grid).
 */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = {"Print what oncoev read from one file: sections, passages with their kinds and offsets,",
                "and the excluded text with its reason (no database)."})
public class TextCommand implements Callable<Integer> {
    private static final int SNIPPET = 100;

    @Parameters(paramLabel = "FILE", description = "A .txt, .md, .pdf, .xml or .nxml file.")
    Path file;

    @Option(names = "--passages", description = "One line per passage instead of the text.")
    boolean passages;

    @Option(names = "--reference", paramLabel = "REF", description = {"Instead of the text, print word and bigram recall",
            "of what oncoev read (evidence and excluded text) against REF (JATS .xml/.nxml: abstract and body; else plain text),",
            "with running page lines and glued citation markers left in."})
    Path reference;

    @Option(names = "--compare", paramLabel = "TXT", description = "With --reference: also score this plain text (e.g. pdftotext output).")
    List<Path> compare = new ArrayList<>();

    @Option(names = "--misses", paramLabel = "N", description = "With --reference: list up to N reference bigrams oncoev lacks.")
    int misses;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) throw new OncoevException("not a file: " + file);
        Document d;
        try {
            d = Evaluation.readDocument(file);
        } catch (DocumentReadException e) {
            throw new OncoevException("cannot read " + file.getFileName() + ": " + e.getMessage());
        }
        PrintStream out = System.out;
        if (reference != null) return printFidelity(out, d);
        out.printf(Locale.ROOT, "# %s (%s%s): %s%n", d.fileName(), d.format(),
                d.pages() == null ? "" : ", " + d.pages() + " pages", d.title() == null ? "(no title)" : d.title());
        if (passages) printPassages(out, d);
        else printText(out, d);
        Exclusions ex = d.exclusions();
        out.printf(Locale.ROOT, "# %d passages; excluded from evidence: %,d chars %s%n", d.passages().size(),
                ex.totalChars(), ex.charsByReason());
        for (String w : d.warnings()) out.println("# warning: " + w);
        return 0;
    }

    /** The fidelity figures of oncoev's reading and of each {@code --compare} text against the reference. */
    private int printFidelity(PrintStream out, Document d) throws Exception {
        if (!Files.isRegularFile(reference)) throw new OncoevException("not a file: " + reference);
        String ref = TextFidelity.referenceText(reference.getFileName().toString(), Files.readString(reference));
        Set<String> running = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")
                ? TextFidelity.runningLines(Files.readAllBytes(file)) : Set.of();
        if (!TextFidelity.isJats(reference.getFileName().toString())) ref = TextFidelity.withoutRunningLines(ref, running);
        out.printf(Locale.ROOT, "# %s against %s (%d running-line patterns)%n", d.fileName(), reference.getFileName(), running.size());
        String read = d.sourceText();
        out.println(TextFidelity.score(ref, read, running).format("oncoev"));
        for (String m : TextFidelity.missingBigrams(ref, read, misses)) out.println("  missing: " + m);
        for (Path other : compare) {
            if (!Files.isRegularFile(other)) throw new OncoevException("not a file: " + other);
            out.println(TextFidelity.score(ref, Files.readString(other), running).format(other.getFileName().toString()));
        }
        return 0;
    }

    private static void printPassages(PrintStream out, Document d) {
        for (Passage p : d.passages()) {
            Section s = section(d, p);
            String grid = p.table() == null ? "" : String.format(Locale.ROOT, " grid %dx%d",
                    p.table().headerRows().size() + p.table().bodyRows().size(), p.table().columnCount());
            out.printf(Locale.ROOT, "%4d %-11s %-14s [%d-%d)%s sentences=%d%s | %s%n", p.ordinal(), p.kind().dbName(),
                    s == null ? "-" : s.kind().name().toLowerCase(Locale.ROOT), p.charStart(), p.charEnd(),
                    p.page() == null ? "" : " p" + p.page(), p.sentences().size(), grid, snippet(p.text()));
        }
    }

    /** Sections, evidence-bearing passages and excluded stretches, in source order. */
    private static void printText(PrintStream out, Document d) {
        List<Exclusions.Range> excluded = new ArrayList<>(d.exclusions().ranges());
        int next = 0;
        int section = -1;
        for (Passage p : d.passages()) {
            while (next < excluded.size() && excluded.get(next).start() < p.charStart()) printExcluded(out, d, excluded.get(next++));
            if (!p.kind().carriesEvidence()) continue;
            if (p.sectionOrdinal() != section) {
                section = p.sectionOrdinal();
                Section s = section(d, p);
                if (s != null) out.printf(Locale.ROOT, "%n== %s%s%n", s.kind().name().toLowerCase(Locale.ROOT),
                        s.heading() == null ? "" : ": " + s.heading());
            }
            out.printf(Locale.ROOT, "[%s %d-%d%s]%s%n", p.kind().dbName(), p.charStart(), p.charEnd(),
                    p.table() == null ? "" : " grid", p.text().contains("\n") ? "\n" + p.text() : " " + p.text());
        }
        while (next < excluded.size()) printExcluded(out, d, excluded.get(next++));
    }

    private static void printExcluded(PrintStream out, Document d, Exclusions.Range r) {
        String text = d.sourceText().substring(Math.max(0, r.start()), Math.min(d.sourceText().length(), r.end()));
        out.printf(Locale.ROOT, "[excluded: %s %d-%d, %,d chars] %s%n", r.reason().dbName(), r.start(), r.end(),
                r.length(), snippet(text));
    }

    private static Section section(Document d, Passage p) {
        int s = p.sectionOrdinal();
        return s >= 0 && s < d.sections().size() ? d.sections().get(s) : null;
    }

    private static String snippet(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() <= SNIPPET ? t : t.substring(0, SNIPPET - 3) + "...";
    }
}
