package vn.eschool.portal.core.files;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Undoes what a transaction put outside the database (files in the store) when it does not commit. */
public final class AfterRollback {

    private AfterRollback() {
    }

    /** Runs {@code undo} after the current transaction ends without committing, in its thread. */
    public static void run(TransactionSynchronizationRegistry registry, Runnable undo) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    undo.run();
                }
            }
        });
    }
}
