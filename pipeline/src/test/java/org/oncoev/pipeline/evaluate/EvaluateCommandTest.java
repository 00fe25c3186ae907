package org.oncoev.pipeline.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.cli.OncoevCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvaluateCommandTest {

    private static String run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            int code = OncoevCommand.commandLine().execute(args);
            assertEquals(0, code, "exit code");
        } finally {
            System.setOut(saved);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scoresPredictedFolderAsJson(@TempDir Path dir) throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path predicted = Files.createDirectories(dir.resolve("pred"));
        Files.writeString(gold.resolve("a.json"), "{\"document\":\"a.txt\",\"cohorts\":[{\"size\":40,\"arm\":\"arm B\"},"
                + "{\"size\":80}],\"p_values\":[{\"relation\":\"<\",\"value\":0.001,\"mentions\":2,\"source\":\"text\"}]}");
        Files.writeString(predicted.resolve("a.json"), "{\"document\":\"a.txt\",\"cohorts\":[{\"size\":40,\"arm\":\"control\"},"
                + "{\"size\":12}],\"p_values\":[{\"relation\":\"<\",\"value\":0.001,\"mentions\":1,\"source\":\"text\"}]}");
        JsonNode json = JsonMapper.builder().build().readTree(
                run("evaluate", "--gold", gold.toString(), "--predicted", predicted.toString(), "--json"));
        assertEquals(1, json.get("types").get("cohorts").get("tp").asInt());
        assertEquals(1, json.get("types").get("cohorts").get("fp").asInt());
        assertEquals(1, json.get("types").get("cohorts").get("fn").asInt());
        assertEquals(1.0, json.get("types").get("p_values").get("f1").asDouble(), 1e-9);
        assertEquals(0.5, json.get("p_value_mention_recall").asDouble(), 1e-9);
        assertEquals(0.0, json.get("arm_attribution").asDouble(), 1e-9);
        assertEquals(2.0 / 3.0, json.get("micro").get("f1").asDouble(), 1e-9);
    }

    @Test
    void printsTableAndDetailsForOneType(@TempDir Path dir) throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path predicted = Files.createDirectories(dir.resolve("pred"));
        Files.writeString(gold.resolve("b.json"), "{\"document\":\"b.txt\",\"hazard_ratios\":[{\"value\":0.7,\"ci\":[0.5,0.9]}]}");
        Files.writeString(predicted.resolve("b.json"), "{\"document\":\"b.txt\",\"hazard_ratios\":[{\"value\":0.75,\"ci\":null}]}");
        String out = run("evaluate", "--gold", gold.toString(), "--predicted", predicted.toString(),
                "--type", "hr", "--details");
        assertTrue(out.contains("hazard_ratios"), out);
        assertTrue(out.contains("- missed   HR 0.7"), out);
        assertTrue(out.contains("+ spurious HR 0.75"), out);
    }

    @Test
    void scoresSeedCorpusWithoutDatabase() {
        Path shared = Path.of(System.getProperty("oncoev.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("eval/gold")), "../shared absent");
        String out = run("evaluate", "--gold", shared.resolve("eval/gold").toString(),
                "--corpus", shared.resolve("corpus/seeds").toString(), "--json");
        JsonNode json = JsonMapper.builder().build().readTree(out);
        for (String type : new String[] {"cohorts", "survival", "p_values", "hazard_ratios", "doses"}) {
            assertTrue(json.get("types").has(type), type);
        }
        assertTrue(json.get("micro").get("f1").asDouble() > 0.0, out);
    }
}
