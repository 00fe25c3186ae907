package org.oncoev.corpus.jats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.oncoev.corpus.DocumentReadException;

/**
 * Decodes an XML file's bytes strictly: a byte-order mark picks UTF-8 or UTF-16; otherwise the XML
 * declaration's encoding (UTF-8, UTF-16, ISO-8859-1, US-ASCII, windows-1252), else UTF-8. A byte
 * sequence invalid in that encoding is a {@link DocumentReadException} (stage {@code decode}) naming
 * its byte offset; nothing is guessed. The BOM is not part of the returned text. Stateless.
 */
final class XmlDecoder {
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]{1,40})[\"']");

    private XmlDecoder() {}

    static String decode(byte[] b) throws DocumentReadException {
        int offset = 0;
        Charset cs = StandardCharsets.UTF_8;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) offset = 3;
        else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) { offset = 2; cs = StandardCharsets.UTF_16BE; }
        else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) { offset = 2; cs = StandardCharsets.UTF_16LE; }
        else cs = declared(b);
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (MalformedInputException e) {
            throw new DocumentReadException("decode", "invalid " + cs.name() + " byte sequence in XML ("
                    + e.getInputLength() + " bytes)" + firstBad(b, offset, cs));
        } catch (CharacterCodingException e) {
            throw new DocumentReadException("decode", "cannot decode XML as " + cs.name() + ": " + e.getClass().getSimpleName());
        }
    }

    private static Charset declared(byte[] b) throws DocumentReadException {
        String head = new String(b, 0, Math.min(b.length, 256), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) return StandardCharsets.UTF_8;
        String name = m.group(1).toUpperCase(Locale.ROOT);
        switch (name) {
            case "UTF-8", "UTF8": return StandardCharsets.UTF_8;
            case "ISO-8859-1", "LATIN1", "ISO8859-1": return StandardCharsets.ISO_8859_1;
            case "US-ASCII", "ASCII": return StandardCharsets.US_ASCII;
            case "WINDOWS-1252", "CP1252": return Charset.forName("windows-1252");
            case "UTF-16": return StandardCharsets.UTF_8;
            default: throw new DocumentReadException("decode", "unsupported XML encoding " + m.group(1));
        }
    }

    /** Where the first invalid sequence starts, by decoding byte by byte (bounded to the first 64 MB). */
    private static String firstBad(byte[] b, int offset, Charset cs) {
        if (!cs.equals(StandardCharsets.UTF_8)) return "";
        int k = offset;
        while (k < b.length) {
            int c = b[k] & 0xFF;
            int len = c < 0x80 ? 1 : c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF5 ? 4 : 0;
            if (len == 0 || k + len > b.length) return " at byte " + k;
            for (int j = 1; j < len; j++) if ((b[k + j] & 0xC0) != 0x80) return " at byte " + k;
            k += len;
        }
        return "";
    }
}
