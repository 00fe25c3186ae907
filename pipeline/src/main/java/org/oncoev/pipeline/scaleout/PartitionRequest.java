package org.oncoev.pipeline.scaleout;

/**
 * What travels in a request message: the worker step's name and the partition's step execution id, as the text
 * {@code "ingest-partition 1234"} (readable in the broker's tools, no Java serialisation between JVMs). Everything
 * else the worker reads from the job repository.
 */
public record PartitionRequest(String stepName, long stepExecutionId) {
    public String text() {
        return stepName + " " + stepExecutionId;
    }

    /** The request in {@code text}, or null when it is not one (such a message is dropped). */
    public static PartitionRequest parse(Object payload) {
        String text = payload instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8)
                : String.valueOf(payload);
        String[] parts = text.strip().split(" ");
        if (parts.length != 2) return null;
        try {
            return new PartitionRequest(parts[0], Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
