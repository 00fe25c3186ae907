package org.oncoev.corpus.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.oncoev.corpus.Document;
import org.oncoev.corpus.FileBudget;
import org.oncoev.corpus.DocumentReadException;
import org.oncoev.corpus.DocumentReader;

/**
 * Reads {@code .txt}, {@code .text}, {@code .md} and {@code .markdown} files as UTF-8 (a BOM is
 * skipped), or as UTF-16 when they start with a UTF-16 byte-order mark, then hands the text to
 * {@link DocumentAssembler}. Invalid UTF-8 (or UTF-16) is decoded as U+FFFD with a warning counting the invalid
 * bytes; binary content (a NUL anywhere in the file, or many control characters in its first 64 KiB) fails with
 * stage {@code decode}; empty or whitespace-only files fail with stage {@code read}; files over
 * {@link #MAX_BYTES} fail with stage {@code read}. Offsets index the decoded text (BOM excluded).
 * Stateless and thread-safe.
 */
public final class TextDocumentReader implements DocumentReader {
    /** Largest accepted file (the decoded text is further bounded by {@link DocumentAssembler#MAX_CHARS}). */
    public static final int MAX_BYTES = 80_000_000;

    @Override
    public boolean supports(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".text") || n.endsWith(".markdown");
    }

    @Override
    public Document read(String fileName, byte[] content) throws DocumentReadException {
        if (content == null || content.length == 0) throw new DocumentReadException("read", "empty file");
        if (content.length > MAX_BYTES)
            throw new DocumentReadException("read", "file too large: " + content.length + " bytes (limit " + MAX_BYTES + ")");
        List<String> warnings = new ArrayList<>();
        String text;
        if (utf16(content)) {
            text = decodeUtf16(content, warnings);
            int nul = text.indexOf('\0');
            if (nul >= 0) throw new DocumentReadException("decode", "binary content in a text file (NUL character at offset " + nul + ")");
        } else {
            checkNotBinary(content);
            text = decode(content, warnings);
        }
        if (text.isBlank()) throw new DocumentReadException("read", "empty file (whitespace only)");
        try {
            return DocumentAssembler.assemble(fileName, format(fileName), text, null, warnings);
        } catch (DocumentReadException | FileBudget.Exceeded e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DocumentReadException("split", "cannot split text: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }

    private static String format(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown") ? "md" : "txt";
    }

    /** True when the content starts with a UTF-16 byte-order mark (FE FF or FF FE). */
    public static boolean utf16(byte[] content) {
        if (content.length < 2) return false;
        int a = content[0] & 0xFF, b = content[1] & 0xFF;
        return (a == 0xFE && b == 0xFF) || (a == 0xFF && b == 0xFE);
    }

    /**
     * Refuses a NUL byte anywhere (PostgreSQL text cannot hold one, and no text file of a paper has one) or a high
     * share (over 10%) of control bytes other than tab, CR, LF, FF in the first 64 KiB.
     */
    private static void checkNotBinary(byte[] content) throws DocumentReadException {
        int n = Math.min(content.length, 65536);
        int control = 0;
        for (int i = 0; i < content.length; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) throw new DocumentReadException("decode", "binary content in a text file (NUL byte at offset " + i + ")");
            if (i < n && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') control++;
        }
        if (control * 10 > n)
            throw new DocumentReadException("decode", "binary content in a text file (" + control + " control bytes in the first " + n + ")");
    }

    /** Decodes UTF-16 after its byte-order mark, replacing invalid sequences with U+FFFD and warning about them. */
    static String decodeUtf16(byte[] content, List<String> warnings) {
        java.nio.charset.Charset cs = (content[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        String text = new String(content, 2, content.length - 2, cs);
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        if (replaced > 0) warnings.add("invalid UTF-16: " + replaced + " sequence" + (replaced == 1 ? "" : "s") + " replaced by U+FFFD");
        return text;
    }

    /** Decodes UTF-8, replacing invalid sequences with U+FFFD and warning about how many bytes were invalid. */
    static String decode(byte[] content, List<String> warnings) throws DocumentReadException {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, offset, content.length - offset);
        CharBuffer out = CharBuffer.allocate(content.length - offset + 16);
        long invalid = 0;
        int firstInvalid = -1;
        try {
            while (true) {
                CoderResult r = decoder.decode(in, out, true);
                if (r.isUnderflow()) {
                    r = decoder.flush(out);
                    if (r.isUnderflow()) break;
                }
                if (r.isOverflow()) {
                    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                    out.flip();
                    bigger.put(out);
                    out = bigger;
                    continue;
                }
                if (r.isError()) {
                    if (firstInvalid < 0) firstInvalid = in.position();
                    invalid += r.length();
                    in.position(in.position() + r.length());
                    if (!out.hasRemaining()) {
                        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                        out.flip();
                        bigger.put(out);
                        out = bigger;
                    }
                    out.put('\uFFFD');
                }
            }
        } catch (RuntimeException e) {
            throw new DocumentReadException("decode", "cannot decode UTF-8: " + e.getMessage(), e);
        }
        out.flip();
        if (invalid > 0)
            warnings.add("invalid UTF-8: " + invalid + " byte" + (invalid == 1 ? "" : "s")
                    + " replaced by U+FFFD (first at byte " + firstInvalid + ")");
        return out.toString();
    }
}
