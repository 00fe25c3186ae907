package org.oncoev.pipeline.db;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.oncoev.pipeline.cli.OneLineErrors;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells failures caused by losing the database (the server stopped, restarted or became unreachable) from other
 * failures, so a batch run can say so on one line instead of blaming the step that happened to notice.
 */
public final class DatabaseErrors {
    private DatabaseErrors() {}

    /**
     * Whether {@code e} or a cause is a broken or refused connection: JDBC connection exceptions, SQLSTATE class 08
     * (connection exception) or 57P01-57P03 (server shutting down, crashed, not accepting connections yet), or
     * Spring's could-not-get-a-connection exceptions.
     */
    public static boolean connectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof CannotGetJdbcConnectionException
                    || t instanceof CannotCreateTransactionException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One line for a run that lost the database: {@code "<what> lost the database connection: <driver message>
     * (rerun ... when the database is back ...)"}. The driver's message (the deepest {@link SQLException} in the
     * chain, e.g. {@code Connection to host:port refused} or {@code terminating connection due to administrator
     * command}) says more than the pool's or Spring's wrappers.
     */
    public static String lostConnection(String what, Throwable e) {
        Throwable driver = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null && !t.getMessage().isBlank()) driver = t;
        }
        String reason = driver != null ? driver.getMessage().replaceAll("\\s+", " ").strip() : OneLineErrors.describe(e);
        return what + " lost the database connection: " + reason
                + " (rerun the same command when the database is back; it continues where it stopped)";
    }
}
