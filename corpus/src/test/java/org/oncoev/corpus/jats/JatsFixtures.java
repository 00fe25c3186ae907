package org.oncoev.corpus.jats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.oncoev.corpus.Document;
import org.oncoev.corpus.DocumentReadException;

/** The JATS test articles written for the project (src/test/resources/jats). */
final class JatsFixtures {
    private JatsFixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = JatsFixtures.class.getResourceAsStream("/jats/" + name)) {
            if (in == null) throw new IllegalStateException("missing fixture " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document read(String name) throws DocumentReadException {
        return new JatsDocumentReader().read(name, bytes(name));
    }
}
