package org.policysearch.search;

import java.util.Collection;
import java.util.function.Supplier;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;

/**
 * A collector manager for collectors that write into shared state, for a searcher without an
 * executor (every leaf collected in turn on the calling thread). The result lives in that state.
 */
final class SingleThreadCollectorManager implements CollectorManager<Collector, Void> {

    private final Supplier<Collector> collectors;

    SingleThreadCollectorManager(Supplier<Collector> collectors) {
        this.collectors = collectors;
    }

    @Override
    public Collector newCollector() {
        return collectors.get();
    }

    @Override
    public Void reduce(Collection<Collector> collectors) {
        return null;
    }
}
