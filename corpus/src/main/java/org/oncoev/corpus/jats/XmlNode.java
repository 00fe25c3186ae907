package org.oncoev.corpus.jats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A node of the light XML tree the JATS reader walks: an element (name, attributes, children, source
 * range of the whole element) or a run of character data whose characters keep their source ranges.
 */
abstract sealed class XmlNode permits XmlNode.Element, XmlNode.Text {
    /** Source offset where the node begins. */
    abstract int start();

    /** Source offset where the node ends (exclusive). */
    abstract int end();

    /** An element; {@code name} as written (prefix kept, e.g. {@code mml:math}); {@code openEnd} ends its start tag. */
    static final class Element extends XmlNode {
        final String name;
        final Map<String, String> attributes;
        final List<XmlNode> children = new ArrayList<>();
        final int start;
        final int openEnd;
        int closeStart;
        int end;

        Element(String name, Map<String, String> attributes, int start, int openEnd) {
            this.name = name;
            this.attributes = attributes;
            this.start = start;
            this.openEnd = openEnd;
            this.closeStart = openEnd;
            this.end = openEnd;
        }

        @Override int start() { return start; }

        @Override int end() { return end; }

        String attr(String key) { return attributes.get(key); }

        /** The first child element named {@code n}, or null. */
        Element child(String n) {
            for (XmlNode c : children) if (c instanceof Element e && e.name.equals(n)) return e;
            return null;
        }

        /** All child elements named {@code n}. */
        List<Element> children(String n) {
            List<Element> out = new ArrayList<>();
            for (XmlNode c : children) if (c instanceof Element e && e.name.equals(n)) out.add(e);
            return out;
        }

        /** Child elements only. */
        List<Element> elements() {
            List<Element> out = new ArrayList<>();
            for (XmlNode c : children) if (c instanceof Element e) out.add(e);
            return out;
        }

        @Override
        public String toString() { return "<" + name + ">@" + start; }
    }

    /** Character data (entities decoded, CDATA unwrapped) with each character's source range. */
    static final class Text extends XmlNode {
        final MappedText chars;

        Text(MappedText chars) { this.chars = chars; }

        @Override int start() { return chars.start(0); }

        @Override int end() { return chars.end(chars.length() - 1); }
    }
}
