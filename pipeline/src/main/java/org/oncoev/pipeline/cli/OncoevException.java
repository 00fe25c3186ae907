package org.oncoev.pipeline.cli;

/** A failure whose message is already the one line to show the user (for example "database unavailable ..."). */
public class OncoevException extends RuntimeException {
    public OncoevException(String message) {
        super(message);
    }

    public OncoevException(String message, Throwable cause) {
        super(message, cause);
    }
}
