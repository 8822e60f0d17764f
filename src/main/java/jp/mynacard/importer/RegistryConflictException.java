package jp.mynacard.importer;

import java.sql.SQLException;

/**
 * A unique key or foreign key the chunk relied on was changed by a concurrent transaction: two
 * partitions met the same resident id, card or serial (a duplicate in the file) at the same moment.
 * The step retries the chunk row by row after a rollback; by then the other transaction has
 * committed, and the conflict is found and reported like any duplicate.
 */
public class RegistryConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";

  RegistryConflictException(Throwable cause) {
    super("a registry key was taken by a concurrent transaction", cause);
  }

  /** The conflict as a retryable exception, or {@code e} itself when it is something else. */
  static <E extends Exception> RuntimeException ifConflict(E e) throws SQLException {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_VIOLATION)) {
        return new RegistryConflictException(e);
      }
    }
    if (e instanceof SQLException sql) {
      throw sql;
    }
    return (RuntimeException) e;
  }
}
