package org.oncoev.pipeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.DatabaseProxy;
import org.oncoev.pipeline.TestDatabase;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevContext;
import org.oncoev.pipeline.ingest.CliRun;
import org.oncoev.pipeline.ingest.GeneratedPapers;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real server (Tomcat, not a mock) under hostile requests: parameters that are not UTF-8 answer 400, a
 * document's evidence comes in pages, and a database that died answers 503 within seconds.
 */
class HostileRequestsTest {
    @TempDir
    Path corpus;
    @TempDir
    Path home;

    @Test
    void malformedEncodingsPagedEvidenceAndADeadDatabase() throws Exception {
        GeneratedPapers.write(corpus, 2);
        try (TestDatabase db = TestDatabase.create(); DatabaseProxy proxy = new DatabaseProxy(5432)) {
            CliRun ingest = CliRun.of("ingest", "--db-url", db.url(), "--home", home.toString(), corpus.toString());
            assertEquals(0, ingest.code(), ingest.err());
            try (ConfigurableApplicationContext ctx = OncoevContext.open(GlobalOptions.of(proxy.relay(db.url()), home),
                    WebApplicationType.SERVLET, Map.of("server.port", 0, "server.address", "127.0.0.1",
                            "oncoev.schedule.enabled", false))) {
                String base = "http://127.0.0.1:" + ServeCommand.port(ctx);
                for (String path : List.of("/api/search?q=%FF%FE", "/api/search?q=x&limit=%FF", "/api/search?q=%C3",
                        "/api/documents/1?evidence_limit=%FF", "/api/documents/1?evidence_offset=-3")) {
                    HttpResponse<String> r = get(base + path);
                    assertEquals(400, r.statusCode(), path + ": " + r.body());
                }

                java.util.Random random = new java.util.Random(18);
                String[] params = {"q", "limit", "offset", "mode", "filter", "evidence_offset"};
                for (int i = 0; i < 400; i++) {
                    StringBuilder value = new StringBuilder();
                    for (int k = random.nextInt(6); k >= 0; k--) value.append(String.format("%%%02X", random.nextInt(256)));
                    String path = (i % 3 == 0 ? "/api/documents/1?" : "/api/search?q=os&")
                            + params[random.nextInt(params.length)] + "=" + value;
                    HttpResponse<String> r = get(base + path);
                    assertTrue(r.statusCode() < 500, path + ": " + r.statusCode() + " " + r.body());
                }

                HttpResponse<String> all = get(base + "/api/documents/1?evidence_limit=5000");
                assertEquals(200, all.statusCode(), all.body());
                String path = JsonPath.read(all.body(), "$.source_path");
                assertEquals(false, path.startsWith("/"), "relative to the ingested folder: " + path);
                int total = JsonPath.read(all.body(), "$.evidence_total");
                List<Object> facts = JsonPath.read(all.body(), "$.evidence");
                assertTrue(total >= 3 && facts.size() == total, all.body());
                HttpResponse<String> page = get(base + "/api/documents/1?evidence_offset=1&evidence_limit=2");
                List<Object> two = JsonPath.read(page.body(), "$.evidence");
                assertEquals(facts.subList(1, 3), two);
                assertEquals(total, (int) JsonPath.read(page.body(), "$.evidence_total"));

                proxy.crash();
                long t0 = System.nanoTime();
                HttpResponse<String> down = get(base + "/api/documents/1");
                double seconds = (System.nanoTime() - t0) / 1e9;
                assertEquals(503, down.statusCode(), down.body());
                assertTrue(seconds < 5, "503 after " + seconds + " s");
            }
        }
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
