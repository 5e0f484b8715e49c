package vn.smartcity.ioc.shared.application;

import java.util.function.IntPredicate;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work that must follow the caller's transaction: counters and caches of this node that may only show what
 * the database kept.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Runs {@code action} once the caller's transaction has committed (never after a rollback); at once without one. */
    public static void run(TransactionSynchronizationRegistry transactions, Runnable action) {
        if (!atEnd(transactions, status -> status == Status.STATUS_COMMITTED, action)) {
            action.run();
        }
    }

    /** Runs {@code action} now and again when the caller's transaction ends, however it ends. */
    public static void nowAndAtEnd(TransactionSynchronizationRegistry transactions, Runnable action) {
        action.run();
        atEnd(transactions, status -> true, action);
    }

    /** Registers {@code action} for the end of the caller's transaction, if there is one; whether there was. */
    private static boolean atEnd(TransactionSynchronizationRegistry transactions, IntPredicate when, Runnable action) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return false;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (when.test(status)) {
                    action.run();
                }
            }
        });
        return true;
    }
}
