package org.oncoev.extractors.cohort;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.oncoev.corpus.Document;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.arms.ArmDetector;
import org.oncoev.extractors.gold.SharedData;

/** Prints cohort findings for a folder of ../shared for reading by eye: {@code -Doncoev.dump=corpus/pmc}. */
@EnabledIfSystemProperty(named = "oncoev.dump", matches = ".+")
class CohortDump {
    @Test
    void dump() throws Exception {
        Path dir = SharedData.dir().resolve(System.getProperty("oncoev.dump"));
        EvidenceExtraction extraction = new EvidenceExtraction(List.of(new CohortExtractor()));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Document doc = TestDocuments.document(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
                System.out.println("== " + f.getFileName() + " arms=" + ArmDetector.detect(doc));
                for (Finding x : extraction.extract(doc)) {
                    System.out.println("  " + x.fact() + " arm=" + x.arm() + (x.cited() ? " CITED" : "")
                            + (x.accepted() ? "" : " REJECTED " + x.rejectedReason()) + " | "
                            + x.raw().replace('\n', ' '));
                }
            }
        }
    }
}
