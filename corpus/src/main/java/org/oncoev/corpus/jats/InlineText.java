package org.oncoev.corpus.jats;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Flattens the inline content of a JATS element into {@link MappedText} so that numbers survive:
 * {@code <sup>} content is written as an HTML superscript the text normaliser classifies as an exponent
 * ({@code 10<sup>-4</sup>} reads {@code 10^-4}), a unit power ({@code m<sup>2</sup>} reads {@code m2}) or
 * a citation mark (dropped); a superscript holding only bibliographic cross-references is dropped; a numeric
 * citation {@code <xref>} glued to a word or number ({@code 45%<xref>3</xref>}) is dropped while one in
 * brackets is kept ({@code [3]}); footnote and affiliation markers are dropped; {@code <sub>} content is
 * kept; graphics and TeX alternatives are skipped. MathML keeps what its layout means: a fraction reads
 * {@code a/(b+c)}, a fenced group its brackets and separators, a square root {@code √(x)}; table cells and a
 * displayed formula inside a paragraph stand apart from the words around them. Block elements met inside
 * (tables, figures, lists, boxed text) are not flattened: they are added to {@code blocks} for the caller.
 * Stateless.
 */
final class InlineText {
    /** Elements that are blocks of their own when met inside a paragraph. */
    static final Set<String> BLOCKS = Set.of("table-wrap", "table-wrap-group", "fig", "fig-group", "list", "def-list",
            "disp-quote", "boxed-text", "supplementary-material", "p", "sec", "statement", "verse-group", "speech",
            "array", "chem-struct-wrap", "preformat", "code", "graphic", "media", "alternatives-block");
    private static final Set<String> SKIPPED = Set.of("inline-graphic", "graphic", "media", "object-id", "tex-math",
            "fn", "private-char", "inline-supplementary-material", "target", "alt-text", "long-desc");
    private static final Set<String> MARKER_XREFS = Set.of("aff", "corresp", "fn", "table-fn", "author-notes", "other");
    private static final Pattern NUMERIC_CITATION = Pattern.compile("[\\s\\d,;\\u2013\\u2014\\-\\[\\]()]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;\\u2013\\u2014\\-]*");
    private static final int MAX_DEPTH = SafeXmlCheck.MAX_DEPTH;

    private InlineText() {}

    /** Appends the inline content of {@code e}; nested blocks go to {@code blocks} (null: flattened inline too). */
    static void append(XmlNode.Element e, MappedText out, List<XmlNode.Element> blocks) {
        children(e, out, blocks, 0);
    }

    /** The inline text of {@code e} alone. */
    static MappedText of(XmlNode.Element e) {
        MappedText m = new MappedText();
        if (e != null) append(e, m, null);
        return m;
    }

    private static void children(XmlNode.Element e, MappedText out, List<XmlNode.Element> blocks, int depth) {
        List<XmlNode> kids = e.children;
        boolean droppedCitation = false;
        for (int k = 0; k < kids.size(); k++) {
            XmlNode n = kids.get(k);
            if (n instanceof XmlNode.Text t) {
                if (droppedCitation && k + 1 < kids.size() && isBibr(kids.get(k + 1))
                        && SEPARATORS.matcher(t.chars.text()).matches()) continue;
                out.append(t.chars, 0, t.chars.length());
                droppedCitation = false;
                continue;
            }
            XmlNode.Element c = (XmlNode.Element) n;
            if (isBibr(c)) {
                droppedCitation = citation(c, out, depth);
                continue;
            }
            droppedCitation = false;
            element(c, out, blocks, depth + 1);
        }
    }

    private static void element(XmlNode.Element c, MappedText out, List<XmlNode.Element> blocks, int depth) {
        if (depth > MAX_DEPTH) return;
        String name = c.name;
        if (blocks != null && BLOCKS.contains(name)) { blocks.add(c); return; }
        if (SKIPPED.contains(name)) return;
        if (name.equals("xref") && MARKER_XREFS.contains(c.attr("ref-type"))) return;
        switch (name) {
            case "sup" -> superscript(c, out, blocks, depth);
            case "mml:msup" -> msup(c, out, blocks, depth);
            case "mml:mfrac" -> mfrac(c, out, blocks, depth);
            case "mml:mfenced" -> mfenced(c, out, blocks, depth);
            case "mml:msqrt" -> { out.append("\u221a(", c.start, c.openEnd); children(c, out, blocks, depth); out.append(")", c.closeStart, c.end); }
            case "mml:mtd", "mml:mtr", "disp-formula" -> { out.space(c.start); children(c, out, blocks, depth); out.space(c.end); }
            case "break", "mml:mspace" -> out.space(c.start);
            case "alternatives" -> alternatives(c, out, blocks, depth);
            case "label" -> { children(c, out, blocks, depth); out.space(c.end); }
            case "ext-link", "uri" -> {
                String href = c.attr("xlink:href");
                if (c.children.isEmpty() && href != null && href.length() <= 500) out.append(href, c.start, c.end);
                else children(c, out, blocks, depth);
            }
            default -> {
                if (BLOCKS.contains(name) || name.equals("title") || name.equals("caption")) out.space(c.start);
                children(c, out, blocks, depth);
                if (BLOCKS.contains(name) || name.equals("title")) out.space(c.end);
            }
        }
    }

    /** A superscript: dropped when it holds only citations, else written as {@code <sup>..</sup>} for the normaliser. */
    private static void superscript(XmlNode.Element c, MappedText out, List<XmlNode.Element> blocks, int depth) {
        if (onlyCitations(c)) return;
        out.append("<sup>", c.start, c.openEnd);
        children(c, out, blocks, depth);
        out.append("</sup>", c.closeStart, c.end);
    }

    private static void msup(XmlNode.Element c, MappedText out, List<XmlNode.Element> blocks, int depth) {
        List<XmlNode.Element> parts = c.elements();
        if (parts.size() != 2) { children(c, out, blocks, depth); return; }
        element(parts.get(0), out, blocks, depth + 1);
        XmlNode.Element exp = parts.get(1);
        out.append("<sup>", exp.start, exp.start);
        element(exp, out, blocks, depth + 1);
        out.append("</sup>", exp.end, exp.end);
    }

    /** A MathML fraction as {@code num/den}, a numerator or denominator of several terms in brackets: {@code a/(b+c)}. */
    private static void mfrac(XmlNode.Element c, MappedText out, List<XmlNode.Element> blocks, int depth) {
        List<XmlNode.Element> parts = c.elements();
        if (parts.size() != 2) { children(c, out, blocks, depth); return; }
        fracPart(parts.get(0), out, blocks, depth);
        out.append('/', parts.get(1).start, parts.get(1).start);
        fracPart(parts.get(1), out, blocks, depth);
    }

    private static void fracPart(XmlNode.Element part, MappedText out, List<XmlNode.Element> blocks, int depth) {
        MappedText m = new MappedText();
        element(part, m, blocks, depth + 1);
        String t = m.text().strip();
        boolean bracket = !t.startsWith("(") && t.chars().anyMatch(ch -> ch == ' ' || "+-\u2212\u00d7*/=".indexOf(ch) >= 0);
        if (bracket) out.append('(', part.start, part.start);
        out.append(m, 0, m.length());
        if (bracket) out.append(')', part.end, part.end);
    }

    /** A MathML fenced group: its {@code open} bracket, the parts with its {@code separators} between, its {@code close}. */
    private static void mfenced(XmlNode.Element c, MappedText out, List<XmlNode.Element> blocks, int depth) {
        String open = c.attr("open"), close = c.attr("close"), seps = c.attr("separators");
        open = open == null ? "(" : open.strip();
        close = close == null ? ")" : close.strip();
        seps = seps == null ? "," : seps.replaceAll("\\s+", "");
        out.append(open.length() > 4 ? "" : open, c.start, c.openEnd);
        List<XmlNode.Element> parts = c.elements();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0 && !seps.isEmpty()) out.append(seps.charAt(Math.min(i - 1, seps.length() - 1)), parts.get(i).start, parts.get(i).start);
            element(parts.get(i), out, blocks, depth + 1);
        }
        out.append(close.length() > 4 ? "" : close, c.closeStart, c.end);
    }

    /** MathML is preferred over TeX and graphics in an {@code <alternatives>} group. */
    private static void alternatives(XmlNode.Element c, MappedText out, List<XmlNode.Element> blocks, int depth) {
        for (XmlNode.Element k : c.elements()) {
            if (k.name.equals("mml:math") || k.name.equals("table") || k.name.equals("textual-form")) {
                element(k, out, blocks, depth + 1);
                return;
            }
        }
    }

    /** Writes or drops a bibliographic cross-reference; returns true when dropped. */
    private static boolean citation(XmlNode.Element c, MappedText out, int depth) {
        MappedText content = new MappedText();
        children(c, content, null, depth + 1);
        boolean numeric = NUMERIC_CITATION.matcher(content.text()).matches();
        if (numeric && glued(out)) return true;
        out.append(content, 0, content.length());
        return false;
    }

    /** True when the text so far ends in a word, a number or closing punctuation a citation number would stick to. */
    private static boolean glued(MappedText out) {
        int n = out.length();
        if (n == 0) return false;
        char c = out.charAt(n - 1);
        if (Character.isLetterOrDigit(c) || c == '%' || c == ')' || c == '.' || c == '"' || c == '\'') return true;
        if ((c == ',' || c == ';' || c == ':') && n >= 2) {
            char b = out.charAt(n - 2);
            return !Character.isDigit(b) && b != '[' && b != '(';
        }
        return false;
    }

    private static boolean isBibr(XmlNode n) {
        return n instanceof XmlNode.Element e && e.name.equals("xref") && "bibr".equals(e.attr("ref-type"));
    }

    /** True when a superscript's content is bibliographic cross-references and separators only. */
    private static boolean onlyCitations(XmlNode.Element c) {
        boolean any = false;
        for (XmlNode n : c.children) {
            if (isBibr(n)) { any = true; continue; }
            if (n instanceof XmlNode.Text t && SEPARATORS.matcher(t.chars.text()).matches()) continue;
            return false;
        }
        return any;
    }
}
