package org.oncoev.corpus.jats;

import java.io.StringReader;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.oncoev.corpus.DocumentReadException;

/**
 * Checks that a text is well-formed XML with the JDK's StAX parser set up to read nothing outside the
 * text: no DTD processing, no external entities, no entity replacement (so neither an external entity
 * nor a billion-laughs expansion is ever resolved), and bounded element depth, element count and text
 * run length. A problem is a {@link DocumentReadException} (stage {@code parse}) naming the parser's
 * line and column. Thread-safe (a factory per call).
 */
final class SafeXmlCheck {
    /** Deepest accepted element nesting. */
    static final int MAX_DEPTH = 200;
    /** Most elements accepted in one file. */
    static final int MAX_ELEMENTS = 2_000_000;
    /** Longest accepted run of character data between two tags. */
    static final int MAX_TEXT_RUN = 4_000_000;

    private SafeXmlCheck() {}

    /** Parses {@code xml} to its end; returns the number of elements. */
    static int check(String xml) throws DocumentReadException {
        XMLStreamReader r = null;
        int depth = 0, elements = 0;
        long run = 0;
        try {
            r = factory().createXMLStreamReader(new StringReader(xml));
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        run = 0;
                        if (++depth > MAX_DEPTH) throw limit(r, "elements nested deeper than " + MAX_DEPTH);
                        if (++elements > MAX_ELEMENTS) throw limit(r, "more than " + MAX_ELEMENTS + " elements");
                    }
                    case XMLStreamConstants.END_ELEMENT -> { depth--; run = 0; }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        run += r.getTextLength();
                        if (run > MAX_TEXT_RUN) throw limit(r, "a text run longer than " + MAX_TEXT_RUN + " characters");
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw limit(r, "reference to an entity declared in a DTD (&" + r.getLocalName() + ";), not expanded");
                    default -> { }
                }
            }
            if (elements == 0) throw new DocumentReadException("parse", "no XML element found");
            return elements;
        } catch (XMLStreamException e) {
            throw new DocumentReadException("parse", "malformed XML" + where(e.getLocation()) + ": " + reason(e), e);
        } catch (RuntimeException e) {
            throw new DocumentReadException("parse", "malformed XML: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage())), e);
        } finally {
            if (r != null) try { r.close(); } catch (XMLStreamException ignored) { }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return f;
    }

    private static DocumentReadException limit(XMLStreamReader r, String what) {
        return new DocumentReadException("parse", "XML refused" + where(r.getLocation()) + ": " + what);
    }

    private static String where(Location l) {
        return l == null ? "" : " at line " + l.getLineNumber() + ", column " + l.getColumnNumber();
    }

    /** The parser's message without its own location prefix, on one line. */
    private static String reason(XMLStreamException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int k = m.indexOf("Message: ");
        if (k >= 0) m = m.substring(k + "Message: ".length());
        return oneLine(m);
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 300 ? t.substring(0, 300) + "..." : t;
    }
}
