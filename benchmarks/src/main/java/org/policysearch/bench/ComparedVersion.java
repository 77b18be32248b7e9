package org.policysearch.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.policysearch.search.LeadRanking;
import org.policysearch.search.LuceneSearchBackend;
import org.policysearch.search.LuceneSearchBackend.Caching;
import org.policysearch.search.SearchBackend;
import org.policysearch.search.SearchHit;
import org.policysearch.search.SearchRequest;
import org.policysearch.search.SearchResult;

/**
 * One build of the search core in {@link SideBySide}. Each build loads this class from its own jars
 * and is called only through JDK types (a query as JSON in, figures out), so two builds share a JVM
 * without sharing a class of the project or of Lucene.
 */
public final class ComparedVersion implements Function<String, long[]>, Closeable {

    /** What {@link #apply} returns, by index: the call's time, then fingerprints of its answer's parts. */
    static final int NANOS = 0;
    static final int TOTAL = 1;
    static final int PAGE = 2;
    static final int SCORES = 3;
    static final int HIGHLIGHTS = 4;
    static final int FACETS = 5;
    /** The answer's parts a difference is reported by, in the order of their indexes from {@link #TOTAL}. */
    static final List<String> PARTS = List.of("total", "page", "scores", "highlights", "facets");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SearchBackend backend;

    /** Opens {@code index} without caches: every call is a first search. */
    public ComparedVersion(Path index) throws IOException {
        this.backend = LuceneSearchBackend.open(index, Caching.OFF);
    }

    /** Runs one query of the mix (a {@link BenchQuery} as JSON), as {@link SearchLatency} times it. */
    @Override
    public long[] apply(String queryJson) {
        BenchQuery q;
        try {
            q = JSON.readValue(queryJson, BenchQuery.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        SearchRequest request = SearchLatency.request(q);
        long[] out = new long[FACETS + 1];
        long start = System.nanoTime();
        if (q.queryClass() == QueryClass.WHO_LEADS) {
            List<LeadRanking> ranking = backend.whoLeads(request);
            out[NANOS] = System.nanoTime() - start;
            out[TOTAL] = ranking.size();
            out[PAGE] = ranking.toString().hashCode();
            return out;
        }
        SearchResult result = backend.search(request);
        out[NANOS] = System.nanoTime() - start;
        out[TOTAL] = result.total();
        out[PAGE] = fingerprint(result, h -> h.task().taskId());
        out[SCORES] = fingerprint(result, SearchHit::score);
        out[HIGHLIGHTS] = fingerprint(result, h -> h.titleHtml() + '\u0000' + h.snippetHtml());
        out[FACETS] = result.facets().toString().hashCode();
        return out;
    }

    private static long fingerprint(SearchResult result, Function<SearchHit, Object> part) {
        return result.hits().stream().map(part).toList().hashCode();
    }

    @Override
    public void close() throws IOException {
        backend.close();
    }
}
