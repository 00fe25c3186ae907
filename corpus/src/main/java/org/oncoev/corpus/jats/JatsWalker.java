package org.oncoev.corpus.jats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.SectionKind;
import org.oncoev.corpus.text.DocumentAssembler;

/**
 * Walks a JATS {@code <article>} into a {@link JatsLayout}. Front matter: the article title (TITLE),
 * authors, affiliations and author notes (AFFILIATION), licence, keywords and funding (BOILERPLATE),
 * each abstract (its structured sections become ABSTRACT sections with HEADING passages). Body: nested
 * {@code <sec>}s become sections with their heading and level (kind from {@code sec-type}, else the
 * heading words, else the parent's), paragraphs, list items, definition lists, boxed text, quotes and
 * formulas BODY, figure and supplementary captions CAPTION, tables TABLE (see {@link JatsTables}).
 * Back matter: acknowledgements, notes, footnotes, glossary and back sections named as back matter
 * BOILERPLATE; the reference list REFERENCES, one passage per reference; appendices BODY. Sub-articles
 * are skipped. Not thread-safe; one instance per document.
 */
final class JatsWalker {
    private static final java.util.regex.Pattern HEADING_COLON = java.util.regex.Pattern.compile("\\s*:$");
    private static final Set<SectionKind> IMRAD = Set.of(SectionKind.INTRODUCTION, SectionKind.METHODS, SectionKind.RESULTS,
            SectionKind.DISCUSSION, SectionKind.CONCLUSION);
    private static final Set<String> SKIPPED_ABSTRACTS = Set.of("graphical", "teaser", "toc", "precis", "web-summary");

    /** Where text goes: the section, the passage kind of its prose, its section kind and nesting level. */
    private record Ctx(int section, PassageKind prose, SectionKind kind, int level) {}

    private final JatsLayout out = new JatsLayout();
    private final MetadataCollector meta;

    private JatsWalker(MetadataCollector meta) {
        this.meta = meta;
    }

    static JatsLayout walk(XmlNode.Element article, MetadataCollector meta) {
        JatsWalker w = new JatsWalker(meta);
        w.article(article);
        return w.out;
    }

    private void article(XmlNode.Element a) {
        for (XmlNode.Element c : a.elements()) {
            switch (c.name) {
                case "front" -> front(c);
                case "body" -> blocks(c, new Ctx(out.section(null, SectionKind.OTHER, 0, c.start), PassageKind.BODY, SectionKind.OTHER, 0));
                case "back" -> back(c);
                case "floats-group", "floats-wrap" ->
                        blocks(c, new Ctx(out.section(null, SectionKind.OTHER, 0, c.start), PassageKind.BODY, SectionKind.OTHER, 0));
                default -> { }
            }
        }
    }

    private void front(XmlNode.Element f) {
        Ctx front = new Ctx(0, PassageKind.BOILERPLATE, SectionKind.FRONT_MATTER, 0);
        for (XmlNode.Element c : f.elements()) {
            if (c.name.equals("article-meta")) articleMeta(c, front);
            else if (c.name.equals("journal-meta")) meta.journalMeta(c);
            else if (c.name.equals("notes")) blocks(c, front);
        }
    }

    private void articleMeta(XmlNode.Element m, Ctx front) {
        meta.articleMeta(m);
        for (XmlNode.Element c : m.elements()) {
            switch (c.name) {
                case "title-group" -> title(c);
                case "contrib-group" -> contribGroup(c);
                case "aff", "aff-alternatives" -> out.prose(PassageKind.AFFILIATION, 0, spaced(c));
                case "author-notes" -> blocks(c, new Ctx(0, PassageKind.AFFILIATION, SectionKind.FRONT_MATTER, 0));
                case "permissions", "funding-group", "support-group", "license", "copyright-statement" -> block(c, front);
                case "kwd-group", "custom-meta-group", "custom-meta-wrap" -> block(c, front);
                case "abstract" -> { if (!SKIPPED_ABSTRACTS.contains(lower(c.attr("abstract-type")))) abstractOf(c); }
                default -> { }
            }
        }
    }

    private void title(XmlNode.Element g) {
        XmlNode.Element t = g.child("article-title");
        if (t == null) return;
        MappedText m = InlineText.of(t);
        XmlNode.Element sub = g.child("subtitle");
        if (sub != null) {
            m.append(": ", sub.start, sub.start);
            InlineText.append(sub, m, null);
        }
        out.prose(PassageKind.TITLE, 0, m);
    }

    private void contribGroup(XmlNode.Element g) {
        MappedText names = new MappedText();
        for (XmlNode.Element c : g.elements()) {
            if (c.name.equals("contrib")) {
                XmlNode.Element name = c.child("name");
                XmlNode.Element collab = c.child("collab");
                XmlNode.Element who = name != null ? name : collab;
                if (who == null) continue;
                if (names.length() > 0) names.append(", ", who.start, who.start);
                names.append(spaced(who), 0, spaced(who).length());
            }
        }
        out.prose(PassageKind.AFFILIATION, 0, names);
        for (XmlNode.Element c : g.elements()) if (c.name.equals("aff")) out.prose(PassageKind.AFFILIATION, 0, spaced(c));
    }

    private void abstractOf(XmlNode.Element a) {
        XmlNode.Element t = a.child("title");
        String heading = t == null ? "Abstract" : heading(t);
        int s = out.section(heading, SectionKind.ABSTRACT, 0, a.start);
        if (t != null) out.prose(PassageKind.HEADING, s, InlineText.of(t));
        blocks(a, new Ctx(s, PassageKind.ABSTRACT, SectionKind.ABSTRACT, 0));
    }

    private void back(XmlNode.Element b) {
        for (XmlNode.Element c : b.elements()) {
            switch (c.name) {
                case "ref-list" -> refList(c, 0);
                case "sec" -> sec(c, new Ctx(0, PassageKind.BODY, SectionKind.OTHER, 0));
                case "app-group", "app" -> blocks(c, new Ctx(out.section(null, SectionKind.OTHER, 1, c.start), PassageKind.BODY, SectionKind.OTHER, 1));
                default -> {
                    XmlNode.Element t = c.child("title");
                    int s = out.section(t == null ? backHeading(c.name) : heading(t), SectionKind.BACK_MATTER, 0, c.start);
                    blocks(c, new Ctx(s, PassageKind.BOILERPLATE, SectionKind.BACK_MATTER, 0));
                }
            }
        }
    }

    private static String backHeading(String element) {
        return switch (element) {
            case "ack" -> "Acknowledgements";
            case "glossary" -> "Abbreviations";
            case "fn-group" -> "Footnotes";
            default -> "Notes";
        };
    }

    private void refList(XmlNode.Element r, int depth) {
        XmlNode.Element t = r.child("title");
        int s = out.section(t == null ? "References" : heading(t), SectionKind.REFERENCES, 0, r.start);
        if (t != null) out.prose(PassageKind.HEADING, s, InlineText.of(t));
        for (XmlNode.Element c : r.elements()) {
            if (c.name.equals("ref")) out.prose(PassageKind.REFERENCES, s, spaced(c));
            else if (c.name.equals("ref-list") && depth < 4) refList(c, depth + 1);
        }
    }

    /** The block children of a container, in order. */
    private void blocks(XmlNode.Element container, Ctx ctx) {
        if (ctx.level() > SafeXmlCheck.MAX_DEPTH) return;
        if (hasText(container)) { paragraph(container, ctx); return; }
        for (XmlNode.Element c : container.elements()) block(c, ctx);
    }

    private void block(XmlNode.Element e, Ctx ctx) {
        switch (e.name) {
            case "sec" -> sec(e, ctx);
            case "p", "disp-formula", "preformat", "attrib", "def-item", "term", "license-p", "copyright-statement",
                    "kwd", "funding-statement", "corresp" -> paragraph(e, ctx);
            case "title" -> out.prose(ctx.prose() == PassageKind.ABSTRACT || ctx.prose() == PassageKind.BODY
                    ? PassageKind.HEADING : ctx.prose(), ctx.section(), InlineText.of(e));
            case "label", "object-id", "graphic", "media", "alt-text", "tex-math", "copyright-year", "copyright-holder" -> { }
            case "list" -> list(e, ctx);
            case "fig", "supplementary-material", "chem-struct-wrap" -> caption(e, ctx);
            case "table-wrap" -> table(e, ctx);
            case "boxed-text" -> {
                XmlNode.Element cap = e.child("caption");
                if (cap != null) block(cap, ctx);
                for (XmlNode.Element c : e.elements()) if (!c.name.equals("caption")) block(c, ctx);
            }
            case "ref-list" -> refList(e, 1);
            case "kwd-group", "custom-meta-group", "custom-meta-wrap" -> out.prose(ctx.prose(), ctx.section(), spaced(e)); // words apart
            default -> blocks(e, ctx);
        }
    }

    private void sec(XmlNode.Element e, Ctx parent) {
        XmlNode.Element t = e.child("title");
        String heading = t == null ? null : heading(labelled(e, t));
        SectionKind kind = parent.kind() == SectionKind.ABSTRACT ? SectionKind.ABSTRACT : kindOf(e, heading, parent);
        PassageKind prose = switch (kind) {
            case ABSTRACT -> PassageKind.ABSTRACT;
            case BACK_MATTER -> PassageKind.BOILERPLATE;
            case REFERENCES -> PassageKind.REFERENCES;
            default -> parent.prose() == PassageKind.BOILERPLATE && parent.kind() == SectionKind.BACK_MATTER
                    && kind == SectionKind.OTHER ? PassageKind.BOILERPLATE : PassageKind.BODY;
        };
        int level = parent.level() + 1;
        int s = out.section(heading, kind, level, e.start);
        if (t != null) out.prose(PassageKind.HEADING, s, labelled(e, t));
        Ctx ctx = new Ctx(s, prose, kind, level);
        for (XmlNode.Element c : e.elements()) if (c != t && !c.name.equals("label")) block(c, ctx);
    }

    /**
     * Kind from {@code sec-type}, else heading words (a closing colon aside; back-matter words only for top-level and
     * back sections), else the parent's. A heading naming another part of the paper than its {@code sec-type} wins:
     * PLOS types its {@code Discussion} section {@code conclusions}.
     */
    private static SectionKind kindOf(XmlNode.Element e, String heading, Ctx parent) {
        SectionKind typed = secType(lower(e.attr("sec-type")));
        SectionKind named = DocumentAssembler.sectionKindOf(heading == null ? null : HEADING_COLON.matcher(heading).replaceFirst(""));
        SectionKind k = typed == null || named != null && typed != named && IMRAD.contains(named) ? named : typed;
        if ((k == SectionKind.BACK_MATTER || k == SectionKind.REFERENCES) && parent.level() > 0
                && parent.kind() != SectionKind.BACK_MATTER) k = null;
        if (k == null) k = parent.kind() == SectionKind.FRONT_MATTER ? SectionKind.OTHER : parent.kind();
        return k;
    }

    private static SectionKind secType(String t) {
        if (t.isEmpty()) return null;
        if (t.startsWith("intro") || t.equals("background")) return SectionKind.INTRODUCTION;
        if (t.contains("method") || t.contains("materials") || t.equals("subjects") || t.equals("cases")) return SectionKind.METHODS;
        if (t.startsWith("result")) return SectionKind.RESULTS;
        if (t.startsWith("discussion")) return SectionKind.DISCUSSION;
        if (t.startsWith("conclusion")) return SectionKind.CONCLUSION;
        if (t.startsWith("supplementary") || t.equals("display-objects")) return null;
        return null;
    }

    /** A section title with its {@code <label>} ({@code 2.1}) in front when the section has one. */
    private static MappedText labelled(XmlNode.Element sec, XmlNode.Element title) {
        XmlNode.Element label = sec.child("label");
        MappedText m = new MappedText();
        if (label != null && label.start < title.start) {
            InlineText.append(label, m, null);
            m.space(label.end);
        }
        InlineText.append(title, m, null);
        return m;
    }

    private void paragraph(XmlNode.Element p, Ctx ctx) {
        List<XmlNode.Element> nested = new ArrayList<>();
        MappedText m = new MappedText();
        InlineText.append(p, m, nested);
        out.prose(ctx.prose(), ctx.section(), m);
        for (XmlNode.Element b : nested) block(b, ctx);
    }

    private void list(XmlNode.Element list, Ctx ctx) {
        for (XmlNode.Element item : list.elements()) {
            if (!item.name.equals("list-item")) { block(item, ctx); continue; }
            MappedText m = new MappedText();
            List<XmlNode.Element> later = new ArrayList<>();
            boolean filled = false;
            for (XmlNode n : item.children) {
                if (n instanceof XmlNode.Text t) { m.append(t.chars, 0, t.chars.length()); continue; }
                XmlNode.Element c = (XmlNode.Element) n;
                if (c.name.equals("label")) { InlineText.append(c, m, null); m.space(c.end); }
                else if (c.name.equals("p") && !filled) { InlineText.append(c, m, later); filled = true; }
                else later.add(c);
            }
            out.prose(ctx.prose(), ctx.section(), m);
            for (XmlNode.Element c : later) block(c, ctx);
        }
    }

    private void caption(XmlNode.Element e, Ctx ctx) {
        MappedText m = new MappedText();
        XmlNode.Element label = e.child("label"), cap = e.child("caption");
        if (label != null) { InlineText.append(label, m, null); m.space(label.end); }
        if (cap != null) InlineText.append(cap, m, null);
        out.prose(ctx.prose().carriesEvidence() ? PassageKind.CAPTION : ctx.prose(), ctx.section(), m);
        for (XmlNode.Element c : e.elements()) if (c.name.equals("table-wrap")) table(c, ctx);
    }

    private void table(XmlNode.Element wrap, Ctx ctx) {
        for (JatsTables.Read r : JatsTables.read(wrap)) {
            if (r.table() != null && ctx.prose().carriesEvidence()) out.table(ctx.section(), r.text(), r.table());
            else out.prose(ctx.prose().carriesEvidence() ? PassageKind.CAPTION : ctx.prose(), ctx.section(), r.text());
        }
    }

    /** The text of an element with a space at every child element's edges (references, names, affiliations). */
    static MappedText spaced(XmlNode.Element e) {
        MappedText m = new MappedText();
        spaced(e, m, 0);
        return m;
    }

    private static void spaced(XmlNode.Element e, MappedText m, int depth) {
        for (XmlNode n : e.children) {
            if (n instanceof XmlNode.Text t) m.append(t.chars, 0, t.chars.length());
            else if (depth < 40) {
                XmlNode.Element c = (XmlNode.Element) n;
                if (c.name.equals("sup") || c.name.equals("sub") || c.name.equals("italic") || c.name.equals("bold")) {
                    InlineText.append(c, m, null);
                    continue;
                }
                if (c.name.equals("xref")) continue;
                m.space(c.start);
                spaced(c, m, depth + 1);
                m.space(c.end);
            }
        }
    }

    private static boolean hasText(XmlNode.Element e) {
        for (XmlNode n : e.children) if (n instanceof XmlNode.Text t && t.chars.hasContent()) return true;
        return false;
    }

    private static String heading(XmlNode.Element t) {
        return heading(InlineText.of(t));
    }

    private static String heading(MappedText m) {
        String h = SourcePiece.prose(m).text();
        return h.isEmpty() ? null : h;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).strip();
    }
}
