package vn.smartcity.ioc.report.application;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import vn.smartcity.ioc.shared.application.TtlCache;

/** Reference data changed: its per-node caches are cleared now and again once the change is committed. */
final class CacheClearing {

    private CacheClearing() {
    }

    /** A reader between now and the commit still sees the old data and caches it: the second clear drops that. */
    static void nowAndAfterCommit(TransactionSynchronizationRegistry transactions, TtlCache<?, ?>... caches) {
        for (TtlCache<?, ?> cache : caches) {
            cache.clear();
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                for (TtlCache<?, ?> cache : caches) {
                    cache.clear();
                }
            }
        });
    }
}
