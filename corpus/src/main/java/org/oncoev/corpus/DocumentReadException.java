package org.oncoev.corpus;

/** A file that cannot be read into a {@link Document}; {@link #getMessage()} is the reason shown to users. */
public class DocumentReadException extends Exception {
    private final String stage;

    public DocumentReadException(String stage, String reason) {
        super(reason);
        this.stage = stage;
    }

    public DocumentReadException(String stage, String reason, Throwable cause) {
        super(reason, cause);
        this.stage = stage;
    }

    /** Where reading failed: {@code read}, {@code decode}, {@code parse}, {@code split}. */
    public String stage() {
        return stage;
    }
}
