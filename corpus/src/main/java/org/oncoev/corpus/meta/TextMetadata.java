package org.oncoev.corpus.meta;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.oncoev.corpus.Document;
import org.oncoev.corpus.DocumentMetadata;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.SectionKind;

/**
 * The metadata of a document that only its text can give, read where it is reliable and nothing guessed:
 * the DOI when the front matter (the passages before the first body section, reference lists excluded)
 * prints exactly one ({@code doi:10.1186/...}, {@code https://doi.org/...}), source {@code text}; and the trial
 * registration ids anywhere in it ({@link TrialIds}). A document that already carries metadata (JATS) keeps
 * it. Pure and thread-safe.
 */
public final class TextMetadata {
    private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/[-._;()/:A-Za-z0-9]{1,200})");
    private static final int FRONT_CHARS = 6000;

    private TextMetadata() {}

    /** {@code d}'s own metadata when it has some, else what its text states. */
    public static DocumentMetadata of(Document d) {
        if (d.metadata() != null) return d.metadata();
        String doi = frontMatterDoi(d);
        List<DocumentMetadata.TrialRegistration> trials = TrialIds.find(d.passages(), "text");
        return new DocumentMetadata(null, null, null, doi, null, null, null, null, null, null, List.of(), trials,
                doi == null ? Map.of() : Map.of("doi", "text"));
    }

    /** The one DOI the front matter prints, or null when it prints none or several. */
    static String frontMatterDoi(Document d) {
        Set<String> found = new LinkedHashSet<>();
        int seen = 0;
        int frontSections = frontSectionCount(d);
        for (Passage p : d.passages()) {
            if (p.sectionOrdinal() >= frontSections || seen > FRONT_CHARS) break;
            if (p.kind() == PassageKind.REFERENCES) continue;
            seen += p.text().length();
            if (!p.text().contains("10.")) continue; // every DOI starts so; the regex costs more than this scan
            Matcher m = DOI.matcher(p.text().length() > FRONT_CHARS ? p.text().substring(0, FRONT_CHARS) : p.text());
            while (m.find()) found.add(clean(m.group(1)));
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** Sections before the first one that is neither front matter nor abstract. */
    private static int frontSectionCount(Document d) {
        int n = 0;
        for (var s : d.sections()) {
            if (s.kind() != SectionKind.FRONT_MATTER && s.kind() != SectionKind.ABSTRACT) break;
            n++;
        }
        return Math.max(1, n);
    }

    private static String clean(String doi) {
        String s = doi;
        while (!s.isEmpty() && ".,;:)".indexOf(s.charAt(s.length() - 1)) >= 0) s = s.substring(0, s.length() - 1);
        return s;
    }
}
