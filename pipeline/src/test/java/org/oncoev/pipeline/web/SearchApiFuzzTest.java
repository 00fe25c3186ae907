package org.oncoev.pipeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Fires up to {@value #QUERIES} random query strings (seeded, so reproducible) built from query-syntax fragments
 * and random characters at {@code /api/search} in both modes, stopping early after {@link #BUDGET} on a loaded
 * machine (the duration bounds the run, it is never asserted): every answer is 200 or 400, never 5xx, and
 * simple mode is always 200.
 */
class SearchApiFuzzTest {
    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path home;
    static org.springframework.test.web.servlet.MockMvc mvc;

    @org.junit.jupiter.api.BeforeAll
    static void setUp() throws Exception {
        SearchApiTest.home = home;
        SearchApiTest.setUp();
        mvc = SearchApiTest.mvc;
    }

    @org.junit.jupiter.api.AfterAll
    static void tearDown() throws Exception {
        SearchApiTest.tearDown();
    }

    private static final String[] FRAGMENTS = {"agent:", "endpoint:", "cohort:", "pvalue:", "hr:", "year:", "section:",
            "text:", "title:", "AND", "OR", "NOT", "(", ")", "[", "]", "{", "}", "\"", "*", "?", "~", "^2", "\\", "/", ":",
            "TO", "+", "-", "!", "&&", "||", "sorafenib", "OS", "5-FU", "mg/m2", "0.001", "17.2", "survival", "1e309",
            "NaN", "-0", "*:*", "~0.5", "/[a-z]+/", "/(", "é", "\u0000", "%", "'", " "};

    /** Most queries fired. */
    static final int QUERIES = 1000;
    /** Wall-clock bound of the run; at least {@value #MIN_QUERIES} queries are fired regardless. */
    static final java.time.Duration BUDGET = java.time.Duration.ofSeconds(20);
    static final int MIN_QUERIES = 200;

    @Test
    void randomQueriesNeverGiveServerErrors() throws Exception {
        long deadline = System.nanoTime() + BUDGET.toNanos();
        Random random = new Random(20240611L);
        List<String> failures = new ArrayList<>();
        int ok = 0, bad = 0;
        for (int i = 0; i < QUERIES && (i < MIN_QUERIES || System.nanoTime() < deadline); i++) {
            String q = randomQuery(random);
            String mode = i % 2 == 0 ? "strict" : "simple";
            MvcResult r = mvc.perform(get("/api/search").param("q", q).param("mode", mode)
                    .param("limit", Integer.toString(random.nextInt(200) - 20 < 0 ? 5 : random.nextInt(200)))).andReturn();
            int status = r.getResponse().getStatus();
            if (status == 200) ok++;
            else if (status == 400) bad++;
            if (status >= 500 || (status != 200 && status != 400) || (mode.equals("simple") && status != 200))
                failures.add(status + " " + mode + " " + q);
        }
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())));
        assertTrue(ok > 0 && bad > 0, "both answers seen: ok=" + ok + " bad=" + bad);
    }

    private static String randomQuery(Random random) {
        StringBuilder q = new StringBuilder();
        int parts = 1 + random.nextInt(8);
        for (int p = 0; p < parts; p++) {
            if (random.nextInt(5) == 0) {
                for (int c = random.nextInt(6); c >= 0; c--) q.append((char) (32 + random.nextInt(95)));
            } else {
                q.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            if (random.nextBoolean()) q.append(' ');
        }
        return q.toString();
    }
}
