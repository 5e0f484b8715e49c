package vn.smartcity.ioc.report.application;

import jakarta.transaction.TransactionSynchronizationRegistry;

import vn.smartcity.ioc.shared.application.AfterCommit;
import vn.smartcity.ioc.shared.application.TtlCache;

/** Reference data changed: its per-node caches are cleared now and again once the change's transaction ends. */
final class CacheClearing {

    private CacheClearing() {
    }

    /** A reader between now and the commit still sees the old data and caches it: the second clear drops that. */
    static void nowAndAfterCommit(TransactionSynchronizationRegistry transactions, TtlCache<?, ?>... caches) {
        AfterCommit.nowAndAtEnd(transactions, () -> {
            for (TtlCache<?, ?> cache : caches) {
                cache.clear();
            }
        });
    }
}
