package org.oncoev.corpus.jats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.oncoev.corpus.DocumentMetadata;

/**
 * Reads bibliographic data from JATS front matter: journal title (else its NLM abbreviation), article ids
 * (DOI, PMID, PMCID), publication year (of the print or issue date, as citations give it, else of the earliest
 * electronic date; a PMC release date never), volume, issue, pages ({@code fpage-lpage}, else the electronic location),
 * licence (its URL, else its text, else its type; a copyright statement is not a licence), authors in byline order and the title. Every value filled here
 * has source {@code jats}. Not thread-safe; one per document.
 */
final class MetadataCollector {
    private String journal, journalAbbrev, doi, pmid, pmcid, license, volume, issue, pages, title;
    private Integer printYear, electronicYear, anyYear;
    private final List<DocumentMetadata.Author> authors = new ArrayList<>();

    void journalMeta(XmlNode.Element m) {
        XmlNode.Element t = find(m, "journal-title", 2);
        if (t != null) journal = text(t);
        for (XmlNode.Element id : m.children("journal-id")) {
            if ("nlm-ta".equals(id.attr("journal-id-type")) && journalAbbrev == null) journalAbbrev = text(id);
        }
    }

    void articleMeta(XmlNode.Element m) {
        for (XmlNode.Element c : m.elements()) {
            switch (c.name) {
                case "article-id" -> articleId(c);
                case "title-group" -> { XmlNode.Element t = c.child("article-title"); if (t != null) title = text(t); }
                case "contrib-group" -> contribs(c);
                case "pub-date" -> pubDate(c);
                case "volume" -> volume = orNull(text(c));
                case "issue" -> issue = orNull(text(c));
                case "fpage" -> pages = orNull(text(c)) == null ? pages : text(c) + (pages == null ? "" : pages);
                case "lpage" -> { String l = text(c); if (!l.isEmpty() && !l.equals(pages)) pages = (pages == null ? "" : pages + "-") + l; }
                case "elocation-id" -> { if (pages == null) pages = orNull(text(c)); }
                case "permissions" -> permissions(c);
                case "license" -> permissions(m);
                default -> { }
            }
        }
    }

    private void articleId(XmlNode.Element c) {
        String type = c.attr("pub-id-type");
        String v = text(c);
        if (v.isEmpty() || type == null) return;
        switch (type) {
            case "doi" -> doi = v.replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:)", "");
            case "pmid" -> pmid = v.matches("\\d{1,9}") ? v : pmid;
            case "pmc", "pmcid" -> pmcid = v.matches("(?i)(PMC)?\\d{1,9}") ? (v.toUpperCase(Locale.ROOT).startsWith("PMC") ? v.toUpperCase(Locale.ROOT) : "PMC" + v) : pmcid;
            default -> { }
        }
    }

    private void contribs(XmlNode.Element g) {
        for (XmlNode.Element c : g.children("contrib")) {
            String type = c.attr("contrib-type");
            if (type != null && !type.equals("author")) continue;
            XmlNode.Element name = c.child("name");
            if (name == null) {
                XmlNode.Element alt = c.child("name-alternatives");
                if (alt != null) name = alt.child("name");
            }
            if (name != null) {
                XmlNode.Element sur = name.child("surname"), given = name.child("given-names");
                if (sur != null) authors.add(new DocumentMetadata.Author(authors.size() + 1, text(sur), given == null ? null : orNull(text(given))));
            } else if (c.child("collab") != null) {
                authors.add(new DocumentMetadata.Author(authors.size() + 1, text(c.child("collab")), null));
            }
        }
    }

    private void pubDate(XmlNode.Element d) {
        XmlNode.Element y = d.child("year");
        if (y == null) return;
        String v = text(y);
        if (!v.matches("\\d{4}")) return;
        int year = Integer.parseInt(v);
        if (year < 1800 || year > 2200) return;
        String type = d.attr("pub-type");
        if (type == null) type = d.attr("date-type");
        String format = d.attr("publication-format");
        boolean print = "ppub".equals(type) || "collection".equals(type) || "print".equals(format);
        boolean electronic = "epub".equals(type) || "electronic".equals(format) || "pub".equals(type);
        if (print) printYear = printYear == null ? year : Math.min(printYear, year);
        else if (electronic) electronicYear = electronicYear == null ? year : Math.min(electronicYear, year);
        else if (!"pmc-release".equals(type)) anyYear = anyYear == null ? year : Math.min(anyYear, year);
    }

    private void permissions(XmlNode.Element p) {
        for (XmlNode.Element l : p.children("license")) {
            String href = l.attr("xlink:href");
            if (href != null && !href.isBlank()) { license = href.strip(); return; }
            XmlNode.Element ref = l.child("ali:license_ref");
            if (ref != null && !text(ref).isEmpty()) { license = text(ref); return; }
            String text = SourcePiece.prose(InlineText.of(l)).text();
            if (!text.isEmpty()) { license = text.length() > 300 ? text.substring(0, 300) : text; return; }
            if (l.attr("license-type") != null) { license = l.attr("license-type"); return; }
        }
    }

    /** The collected data; {@code sources} marks each filled field {@code jats}. */
    DocumentMetadata result(List<DocumentMetadata.TrialRegistration> trials) {
        Integer year = printYear != null ? printYear : electronicYear != null ? electronicYear : anyYear;
        String j = journal != null && !journal.isEmpty() ? journal : journalAbbrev;
        Map<String, String> src = new HashMap<>();
        mark(src, "title", title); mark(src, "journal", j); mark(src, "year", year); mark(src, "doi", doi);
        mark(src, "pmid", pmid); mark(src, "pmcid", pmcid); mark(src, "license", license); mark(src, "volume", volume);
        mark(src, "issue", issue); mark(src, "pages", pages);
        if (!authors.isEmpty()) src.put("authors", "jats");
        return new DocumentMetadata(orNull(title), orNull(j), year, orNull(doi), pmid, pmcid, license, volume, issue,
                pages, authors, trials, src);
    }

    private static void mark(Map<String, String> src, String key, Object v) {
        if (v != null && !(v instanceof String s && s.isEmpty())) src.put(key, "jats");
    }

    private static XmlNode.Element find(XmlNode.Element e, String name, int depth) {
        for (XmlNode.Element c : e.elements()) {
            if (c.name.equals(name)) return c;
            if (depth > 0) {
                XmlNode.Element f = find(c, name, depth - 1);
                if (f != null) return f;
            }
        }
        return null;
    }

    /** The element's text, whitespace collapsed, bounded to 1,000 characters. */
    static String text(XmlNode.Element e) {
        String s = SourcePiece.prose(JatsWalker.spaced(e)).text();
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }

    private static String orNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
