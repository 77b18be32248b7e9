package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ripgrep timed in rounds over a real folder: every round asks every text query once. */
class RipgrepPeerTest {

    private static final BenchQuery WORD = new BenchQuery(QueryClass.COMMON_WORD, "扶贫", List.of("扶贫"), null, null);
    private static final BenchQuery BOTH = new BenchQuery(QueryClass.AND, "产业 就业", List.of("产业", "就业"), null, null);
    private static final BenchQuery WHO = new BenchQuery(QueryClass.WHO_LEADS, "扶贫", List.of("扶贫"), null, null);

    @Test
    void eachRoundTimesEveryTextQueryOnceAndCountsItsLinesAndTheWarmUpIsNotTimed(@TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "一、扶贫工作\n二、产业扶贫和就业\n三、其他\n");
        Files.writeString(corpus.resolve("b.txt"), "扶贫\n就业\n");
        RipgrepPeer ripgrep = new RipgrepPeer(corpus, List.of(WORD, BOTH, WHO));
        ripgrep.warmUp();
        ripgrep.round();
        ripgrep.round();

        List<PeerResult> rows = ripgrep.results(Map.of(WORD, 4L, BOTH, 1L, WHO, 9L));
        assertEquals(List.of(QueryClass.COMMON_WORD, QueryClass.AND), rows.stream().map(PeerResult::queryClass).toList(),
                "who-leads is no text search");
        PeerResult word = rows.get(0);
        assertEquals(2, word.latency().count());
        assertTrue(word.latency().p50Ms() > 0, "a process takes time");
        assertEquals(3, word.hits(), "lines holding 扶贫");
        assertEquals(0.75, word.recall());
        PeerResult both = rows.get(1);
        assertEquals(2, both.latency().count());
        assertEquals(1, both.hits(), "the one line holding 产业 and 就业");
        assertEquals(1.0, both.recall());
    }
}
