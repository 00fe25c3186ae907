package org.oncoev.corpus.jats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.DocumentReadException;

/** Hostile and broken XML is refused quickly with a one-line reason, and nothing outside the file is read. */
class JatsHostileInputTest {
    private static final String ARTICLE_OPEN = "<article><body><sec><title>Results</title><p>";
    private static final String ARTICLE_CLOSE = "</p></sec></body></article>";

    static Stream<Arguments> hostile() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE article [\n<!ENTITY lol \"lol\">\n");
        laughs.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) laughs.append("&lol").append(i - 1).append(';');
            laughs.append("\">\n");
        }
        laughs.append("]>\n").append(ARTICLE_OPEN).append("&lol9;").append(ARTICLE_CLOSE);
        String deep = "<article><body>" + "<sec>".repeat(10_000) + "<p>x</p>" + "</sec>".repeat(10_000) + "</body></article>";
        String longRun = ARTICLE_OPEN + "9".repeat(SafeXmlCheck.MAX_TEXT_RUN + 10) + ARTICLE_CLOSE;
        return Stream.of(
                Arguments.of("billion laughs", laughs.toString().getBytes(StandardCharsets.UTF_8), "parse", "entity"),
                Arguments.of("deep nesting", deep.getBytes(StandardCharsets.UTF_8), "parse", "nested deeper than"),
                Arguments.of("long text run", longRun.getBytes(StandardCharsets.UTF_8), "parse", "text run longer"),
                Arguments.of("unclosed element", (ARTICLE_OPEN + "text</sec></body></article>").getBytes(StandardCharsets.UTF_8),
                        "parse", "malformed XML at line 1, column"),
                Arguments.of("broken encoding", bytes(ARTICLE_OPEN, new byte[]{(byte) 0xC3, (byte) 0x28}, ARTICLE_CLOSE),
                        "decode", "invalid UTF-8 byte sequence"),
                Arguments.of("not JATS", "<html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8), "parse", "not a JATS article"),
                Arguments.of("empty", new byte[0], "read", "empty file"),
                Arguments.of("no text", "<article><front/></article>".getBytes(StandardCharsets.UTF_8), "split", "no text passages"));
    }

    private static byte[] bytes(String a, byte[] mid, String b) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8), y = b.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[x.length + mid.length + y.length];
        System.arraycopy(x, 0, out, 0, x.length);
        System.arraycopy(mid, 0, out, x.length, mid.length);
        System.arraycopy(y, 0, out, x.length + mid.length, y.length);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void refusedQuicklyWithAReason(String name, byte[] content, String stage, String reason) {
        DocumentReadException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(DocumentReadException.class, () -> new JatsDocumentReader().read("x.nxml", content)));
        assertEquals(stage, e.stage(), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void externalEntityIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE article [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + ARTICLE_OPEN + "Value &xxe; here." + ARTICLE_CLOSE;
        DocumentReadException e = assertThrows(DocumentReadException.class,
                () -> new JatsDocumentReader().read("x.nxml", xml.getBytes(StandardCharsets.UTF_8)));
        assertFalse(e.getMessage().contains("TOPSECRET"), e.getMessage());
        assertEquals("parse", e.stage());
    }

    @Test
    void externalDtdIsNotFetched() throws Exception {
        String xml = "<!DOCTYPE article PUBLIC \"-//X//DTD X//EN\" \"http://127.0.0.1:9/never.dtd\">\n"
                + ARTICLE_OPEN + "Median OS was 12 months." + ARTICLE_CLOSE;
        var d = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> new JatsDocumentReader().read("x.nxml", xml.getBytes(StandardCharsets.UTF_8)));
        assertTrue(d.passages().stream().anyMatch(p -> p.text().equals("Median OS was 12 months.")));
    }
}
