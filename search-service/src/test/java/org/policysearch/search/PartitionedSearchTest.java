package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policysearch.search.LuceneSearchBackend.Caching;

/**
 * A search split over threads, in partitions of the build's one segment, answers exactly as one
 * thread does: same total, same hits in the same order with the same scores, same facet counts.
 */
class PartitionedSearchTest {

    private static final String FUPIN_BAN = "宁夏回族自治区扶贫办";

    /** Match-all, broad and narrow words, a phrase, NOT, by date, a later page; with and without facet filters. */
    private static final List<SearchRequest> SEARCHES = List.of(
            request("", List.of(), List.of(), 1, SearchRequest.Sort.RELEVANCE, false),
            request("发展", List.of(), List.of(), 1, SearchRequest.Sort.RELEVANCE, false),
            request("发展", List.of(), List.of(), 3, SearchRequest.Sort.RELEVANCE, false),
            request("扶贫", List.of(), List.of(), 1, SearchRequest.Sort.DATE, false),
            request("\"产业发展\" -农业", List.of(), List.of(), 1, SearchRequest.Sort.RELEVANCE, false),
            request("lead:发展改革委", List.of(), List.of(), 1, SearchRequest.Sort.RELEVANCE, true),
            request("发展", List.of(), List.of(2017), 1, SearchRequest.Sort.RELEVANCE, false),
            request("", List.of(FUPIN_BAN), List.of(), 1, SearchRequest.Sort.RELEVANCE, true));

    private static SearchRequest request(String q, List<String> lead, List<Integer> years, int page,
                                         SearchRequest.Sort sort, boolean fold) {
        return new SearchRequest(q, lead, List.of(), years, null, null, List.of(), List.of(), page, 10, sort, fold);
    }

    @Test
    void threeThreadsAnswerAsOne() throws IOException {
        try (LuceneSearchBackend one = LuceneSearchBackend.open(CorpusIndexFixture.indexDir(), Caching.OFF,
                new SearchThreads(1));
             LuceneSearchBackend three = LuceneSearchBackend.open(CorpusIndexFixture.indexDir(), Caching.OFF,
                     new SearchThreads(3))) {
            assertEquals(3, three.slices(), "the corpus build is split in three");
            for (SearchRequest search : SEARCHES) {
                SearchResult alone = one.search(search);
                assertEquals(alone, three.search(search), search::toString);
            }
            assertEquals(List.of(283L, 103L, 103L, 14L), SEARCHES.subList(0, 4).stream()
                    .map(s -> three.search(s).total()).toList());
        }
    }
}
