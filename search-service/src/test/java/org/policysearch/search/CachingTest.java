package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.policysearch.search.LuceneSearchBackend.Caching;

/** The caches change how much work a repeated search costs, never what it answers. */
class CachingTest {

    private static final String NONGYE_NONGCUN = "宁夏回族自治区农业农村厅";

    /** Every task; a word; year and lead filters; folding; then a later page and another order of the word. */
    private static final List<SearchRequest> SEARCHES = List.of(
            request("", List.of(), List.of(), false, 1, SearchRequest.Sort.RELEVANCE),
            request("发展", List.of(), List.of(), false, 1, SearchRequest.Sort.RELEVANCE),
            request("发展", List.of(), List.of(2017), false, 1, SearchRequest.Sort.RELEVANCE),
            request("", List.of(NONGYE_NONGCUN), List.of(), true, 1, SearchRequest.Sort.RELEVANCE),
            request("发展", List.of(), List.of(), false, 2, SearchRequest.Sort.RELEVANCE),
            request("发展", List.of(), List.of(), false, 1, SearchRequest.Sort.DATE));
    /** The later page and the other order share the word's total and facets. */
    private static final int DISTINCT_COUNTS = 4;

    private static SearchRequest request(String q, List<String> lead, List<Integer> years, boolean fold, int page,
                                         SearchRequest.Sort sort) {
        return new SearchRequest(q, lead, List.of(), years, null, null, List.of(), List.of(), page, 10, sort, fold);
    }

    @Test
    void cachedAndUncachedBackendsAnswerAlikeAndOnlyTheUncachedOneCountsEverySearch() throws IOException {
        try (LuceneSearchBackend cached = LuceneSearchBackend.open(CorpusIndexFixture.indexDir());
             LuceneSearchBackend uncached = LuceneSearchBackend.open(CorpusIndexFixture.indexDir(), Caching.OFF)) {
            for (SearchRequest search : SEARCHES) {
                SearchResult counted = uncached.search(search);
                assertEquals(counted, cached.search(search), search::toString);
                assertEquals(counted, cached.search(search), () -> "repeated " + search);
            }
            assertEquals(List.of(283L, 103L, 45L, 28L, 103L, 103L),
                    SEARCHES.stream().map(s -> uncached.search(s).total()).toList());
            assertEquals(DISTINCT_COUNTS, cached.facetCountings());
            assertEquals(2 * SEARCHES.size(), uncached.facetCountings());
        }
    }

    /** A repeated request gets the answer already made, page and who-leads alike; without caches, a new one. */
    @Test
    void aRepeatedRequestIsAnsweredFromMemory() throws IOException {
        SearchRequest search = SEARCHES.get(2);
        try (LuceneSearchBackend cached = LuceneSearchBackend.open(CorpusIndexFixture.indexDir());
             LuceneSearchBackend uncached = LuceneSearchBackend.open(CorpusIndexFixture.indexDir(), Caching.OFF)) {
            assertSame(cached.search(search), cached.search(search));
            assertSame(cached.whoLeads(search), cached.whoLeads(search));
            assertNotSame(uncached.search(search), uncached.search(search));
            assertNotSame(uncached.whoLeads(search), uncached.whoLeads(search));
            assertEquals(uncached.whoLeads(search), cached.whoLeads(search));
        }
    }

    /**
     * Lucene's clause cache is the serve path's and off for first searches: on, a query asked over
     * and over would match from cached clauses and a first search's figures would be a repeat's.
     */
    @Test
    void onlyTheCachedBackendCachesClauses() throws IOException {
        try (LuceneSearchBackend cached = LuceneSearchBackend.open(CorpusIndexFixture.indexDir());
             LuceneSearchBackend uncached = LuceneSearchBackend.open(CorpusIndexFixture.indexDir(), Caching.OFF)) {
            assertEquals(2, cached.clauseCaches());
            assertEquals(0, uncached.clauseCaches());
        }
    }

    /**
     * Eight requests for one new search released together: every answer equals the search run
     * alone, and the facets are counted once (without the shared count, each request that comes
     * before the first count is stored counts again).
     */
    @Test
    void requestsForTheSameNewSearchAtOnceCountItOnce() throws Exception {
        SearchRequest search = request("发展", List.of(), List.of(2017), false, 1, SearchRequest.Sort.RELEVANCE);
        SearchResult alone;
        try (LuceneSearchBackend uncached = LuceneSearchBackend.open(CorpusIndexFixture.indexDir(), Caching.OFF)) {
            alone = uncached.search(search);
        }
        int requests = 8;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try (LuceneSearchBackend backend = LuceneSearchBackend.open(CorpusIndexFixture.indexDir())) {
            CyclicBarrier together = new CyclicBarrier(requests);
            List<Future<SearchResult>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    together.await();
                    return backend.search(search);
                }));
            }
            for (Future<SearchResult> answer : answers) {
                assertEquals(alone, answer.get());
            }
            assertEquals(1, backend.facetCountings());
        } finally {
            pool.shutdownNow();
        }
    }
}
