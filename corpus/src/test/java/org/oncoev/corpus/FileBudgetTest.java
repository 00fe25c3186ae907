package org.oncoev.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.oncoev.corpus.text.TextDocumentReader;

class FileBudgetTest {
    @Test
    void noBudgetNeverExpires() {
        FileBudget.check("anything");
        assertEquals(Integer.MAX_VALUE, FileBudget.maxChars());
        assertEquals(Long.MAX_VALUE, FileBudget.remainingNanos());
    }

    @Test
    void spentBudgetNamesTheStageAndStaysSpent() throws Exception {
        try (FileBudget b = FileBudget.open(Duration.ofMillis(1), 1000)) {
            Thread.sleep(5);
            FileBudget.Exceeded e = assertThrows(FileBudget.Exceeded.class, () -> FileBudget.check("sentence splitting"));
            assertEquals("timed out after 1 s in sentence splitting", e.getMessage());
            assertSame(e, b.exceeded());
            assertSame(e, assertThrows(FileBudget.Exceeded.class, () -> FileBudget.check("extraction")));
            assertEquals(1000, FileBudget.maxChars());
        }
        FileBudget.check("after close");
    }

    @Test
    void readerStopsWithTheBudgetsMessageNotItsOwn() throws Exception {
        byte[] text = "Results\n\nThe median survival was nine months.\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        try (FileBudget b = FileBudget.open(Duration.ofNanos(1), 1_000_000)) {
            Thread.sleep(1);
            FileBudget.Exceeded e = assertThrows(FileBudget.Exceeded.class, () -> new TextDocumentReader().read("a.txt", text));
            assertEquals("timed out after 1 s in splitting blocks", e.getMessage());
        }
    }

    @Test
    void textOverTheCharacterBudgetIsRefused() throws Exception {
        byte[] text = "Results\n\nThe median survival was nine months.\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        try (FileBudget b = FileBudget.open(Duration.ofMinutes(1), 1000)) {
            DocumentReadException e = assertThrows(DocumentReadException.class, () -> new TextDocumentReader().read("a.txt", text));
            assertEquals("text too long: 9200 characters (limit 1000)", e.getMessage());
            assertNull(b.exceeded());
        }
    }
}
