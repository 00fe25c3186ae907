package org.oncoev.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.DocumentReadException;
import org.oncoev.corpus.DocumentReaders;

/** Decoding and bad-input handling of the text reader, and the reader registry. */
class TextDocumentReaderTest {
    private static final String PAPER = "A Short Paper About Adjuvant Therapy\n\nResults\n\nMedian OS was 20.1 months.\n";
    private final TextDocumentReader reader = new TextDocumentReader();

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(new byte[0], "read", "empty file"),
                Arguments.of(" \n\t\n".getBytes(StandardCharsets.UTF_8), "read", "empty file"),
                Arguments.of(new byte[] {'a', 'b', 0, 'c'}, "decode", "binary content in a text file"),
                Arguments.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 'a'}, "decode", "binary content in a text file"),
                Arguments.of(nulAfter(70_000), "decode", "binary content in a text file (NUL byte at offset 70000)"),
                Arguments.of(withBom(StandardCharsets.UTF_16LE, "Results\n\nA\u0000B\n"), "decode",
                        "binary content in a text file (NUL character at offset 10)"));
    }

    /** Readable text with one NUL byte at {@code offset}, past the first 64 KiB. */
    static byte[] nulAfter(int offset) {
        byte[] b = ("Results\n\n" + "Median follow-up was long. ".repeat(offset / 27 + 2)).getBytes(StandardCharsets.UTF_8);
        b[offset] = 0;
        return b;
    }

    static byte[] withBom(java.nio.charset.Charset cs, String text) {
        byte[] body = text.getBytes(cs);
        byte[] out = new byte[body.length + 2];
        boolean big = cs.equals(StandardCharsets.UTF_16BE);
        out[0] = (byte) (big ? 0xFE : 0xFF);
        out[1] = (byte) (big ? 0xFF : 0xFE);
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    @ParameterizedTest
    @MethodSource("utf16")
    void utf16WithAByteOrderMarkIsDecoded(java.nio.charset.Charset cs) throws Exception {
        Document d = reader.read("x.txt", withBom(cs, PAPER + "Grade 3 toxicity \u2265 10%.\n"));
        assertEquals(PAPER + "Grade 3 toxicity \u2265 10%.\n", d.sourceText());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    static Stream<java.nio.charset.Charset> utf16() {
        return Stream.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputFailsWithReason(byte[] content, String stage, String reason) {
        DocumentReadException e = assertThrows(DocumentReadException.class, () -> reader.read("x.txt", content));
        assertEquals(stage, e.stage());
        assertTrue(e.getMessage().startsWith(reason), e.getMessage());
    }

    @Test
    void bomIsSkippedAndOffsetsIndexTheDecodedText() throws Exception {
        byte[] body = PAPER.getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[body.length + 3];
        content[0] = (byte) 0xEF; content[1] = (byte) 0xBB; content[2] = (byte) 0xBF;
        System.arraycopy(body, 0, content, 3, body.length);
        Document d = reader.read("paper.txt", content);
        assertEquals(PAPER, d.sourceText());
        assertEquals("A Short Paper About Adjuvant Therapy", d.title());
        assertTrue(d.warnings().isEmpty());
        assertEquals("txt", d.format());
    }

    @Test
    void invalidUtf8IsReplacedWithAWarning() throws Exception {
        byte[] body = PAPER.getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[body.length + 2];
        System.arraycopy(body, 0, content, 0, body.length);
        content[body.length] = (byte) 0xC3; content[body.length + 1] = (byte) 0x28;
        Document d = reader.read("paper.md", content);
        assertEquals(1, d.warnings().size());
        assertTrue(d.warnings().get(0).startsWith("invalid UTF-8: 1 byte"), d.warnings().get(0));
        assertTrue(d.sourceText().contains("\uFFFD("));
        assertEquals("md", d.format());
    }

    static Stream<Arguments> names() {
        return Stream.of(Arguments.of("a.txt", true), Arguments.of("B.MD", true), Arguments.of("c.markdown", true),
                Arguments.of("d.text", true), Arguments.of("e.docx", false), Arguments.of("txt", false));
    }

    @ParameterizedTest
    @MethodSource("names")
    void registryFindsTheTextReader(String name, boolean text) {
        assertEquals(text, reader.supports(name));
        assertEquals(text, DocumentReaders.forFile(name).filter(r -> r instanceof TextDocumentReader).isPresent());
        assertFalse(DocumentReaders.defaults().isEmpty());
    }
}
