package org.oncoev.corpus.jats;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the {@link XmlNode} tree of an XML text that {@link SafeXmlCheck} has already accepted as
 * well-formed, keeping exact source offsets: each decoded character maps to the characters that wrote it
 * ({@code &lt;} to its five characters, CDATA content one to one). Comments, processing instructions and
 * the document type declaration are skipped; references to entities other than the five predefined ones
 * are dropped (the DTD is never read). Depth and length were bounded by the check. Stateless; one call per text.
 */
final class XmlTreeLexer {
    private final String src;
    private int i;

    private XmlTreeLexer(String src) {
        this.src = src;
    }

    /** The root element of {@code src}. */
    static XmlNode.Element parse(String src) {
        return new XmlTreeLexer(src).run();
    }

    private XmlNode.Element run() {
        XmlNode.Element holder = new XmlNode.Element("#document", Map.of(), 0, 0);
        Deque<XmlNode.Element> open = new ArrayDeque<>();
        open.push(holder);
        MappedText text = new MappedText();
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '<') {
                if (!text.isEmpty()) {
                    flush(open.peek(), text);
                    text = new MappedText();
                }
                if (src.startsWith("<!--", i)) i = after("-->", i + 4);
                else if (src.startsWith("<![CDATA[", i)) {
                    int close = src.indexOf("]]>", i + 9);
                    if (close < 0) close = n;
                    for (int k = i + 9; k < close; k++) text.append(src.charAt(k), k, k + 1);
                    i = Math.min(n, close + 3);
                } else if (src.startsWith("<?", i)) i = after("?>", i + 2);
                else if (src.startsWith("<!", i)) i = skipDeclaration(i);
                else if (i + 1 < n && src.charAt(i + 1) == '/') {
                    int close = src.indexOf('>', i);
                    if (close < 0) close = n - 1;
                    if (open.size() > 1) {
                        XmlNode.Element e = open.pop();
                        e.closeStart = i;
                        e.end = close + 1;
                    }
                    i = close + 1;
                } else {
                    XmlNode.Element e = startTag(i);
                    open.peek().children.add(e);
                    if (src.charAt(e.openEnd - 2) != '/') open.push(e);
                    i = e.openEnd;
                }
            } else if (c == '&') {
                i = reference(i, text);
            } else {
                text.append(c, i, i + 1);
                i++;
            }
        }
        flush(open.peek(), text);
        for (XmlNode.Element e : holder.elements()) return e;
        return holder;
    }

    private static void flush(XmlNode.Element parent, MappedText text) {
        if (parent != null && !text.isEmpty()) parent.children.add(new XmlNode.Text(text));
    }

    private int after(String close, int from) {
        int k = src.indexOf(close, from);
        return k < 0 ? src.length() : k + close.length();
    }

    /** Skips {@code <!DOCTYPE ...>} including an internal subset in brackets. */
    private int skipDeclaration(int from) {
        int depth = 0;
        char quote = 0;
        for (int k = from + 2; k < src.length(); k++) {
            char c = src.charAt(k);
            if (quote != 0) { if (c == quote) quote = 0; continue; }
            if (c == '"' || c == '\'') quote = c;
            else if (c == '[') depth++;
            else if (c == ']') depth--;
            else if (c == '>' && depth <= 0) return k + 1;
        }
        return src.length();
    }

    private XmlNode.Element startTag(int from) {
        int k = from + 1;
        int n = src.length();
        while (k < n && !isNameEnd(src.charAt(k))) k++;
        String name = src.substring(from + 1, k);
        Map<String, String> attrs = new HashMap<>(4);
        while (k < n) {
            char c = src.charAt(k);
            if (c == '>') { k++; break; }
            if (c == '/' && k + 1 < n && src.charAt(k + 1) == '>') { k += 2; break; }
            if (Character.isWhitespace(c)) { k++; continue; }
            int ns = k;
            while (k < n && src.charAt(k) != '=' && !Character.isWhitespace(src.charAt(k)) && src.charAt(k) != '>') k++;
            String key = src.substring(ns, k);
            while (k < n && (Character.isWhitespace(src.charAt(k)) || src.charAt(k) == '=')) k++;
            if (k < n && (src.charAt(k) == '"' || src.charAt(k) == '\'')) {
                char q = src.charAt(k);
                int close = src.indexOf(q, k + 1);
                if (close < 0) close = n;
                attrs.put(key, decodeAttribute(src.substring(k + 1, close)));
                k = close + 1;
            } else if (k == ns) {
                k++;
            }
        }
        return new XmlNode.Element(name, attrs, from, k);
    }

    private static boolean isNameEnd(char c) {
        return Character.isWhitespace(c) || c == '>' || c == '/';
    }

    /** Decodes a character or predefined entity reference at {@code from} into {@code text}; returns the index after it. */
    private int reference(int from, MappedText text) {
        int semi = src.indexOf(';', from);
        if (semi < 0 || semi - from > 12) {
            text.append('&', from, from + 1);
            return from + 1;
        }
        String body = src.substring(from + 1, semi);
        String decoded = decode(body);
        if (decoded != null) text.append(decoded, from, semi + 1);
        return semi + 1;
    }

    /** The characters an entity body ({@code lt}, {@code #8722}, {@code #x2212}) stands for, or null. */
    static String decode(String body) {
        switch (body) {
            case "lt": return "<";
            case "gt": return ">";
            case "amp": return "&";
            case "quot": return "\"";
            case "apos": return "'";
            default:
        }
        if (body.startsWith("#")) {
            try {
                int cp = body.startsWith("#x") || body.startsWith("#X") ? Integer.parseInt(body.substring(2), 16)
                        : Integer.parseInt(body.substring(1));
                if (Character.isValidCodePoint(cp)) return new String(Character.toChars(cp));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String decodeAttribute(String raw) {
        if (raw.indexOf('&') < 0) return raw;
        StringBuilder b = new StringBuilder(raw.length());
        int k = 0;
        while (k < raw.length()) {
            char c = raw.charAt(k);
            int semi = c == '&' ? raw.indexOf(';', k) : -1;
            String d = semi > k ? decode(raw.substring(k + 1, semi)) : null;
            if (d != null) { b.append(d); k = semi + 1; } else { b.append(c); k++; }
        }
        return b.toString();
    }
}
