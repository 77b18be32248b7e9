package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Searches take turns: no more run at once than there are search threads, the rest wait and all finish. */
class SearchThreadsTest {

    @Test
    void noMoreSearchesRunAtOnceThanThereAreThreads() throws Exception {
        int requests = 6;
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try (SearchThreads threads = new SearchThreads(2)) {
            CyclicBarrier together = new CyclicBarrier(requests);
            CountDownLatch bothRunning = new CountDownLatch(2);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    together.await();
                    return threads.inTurn(() -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        try {
                            // The first two run together; a third let in meanwhile would be counted.
                            bothRunning.countDown();
                            bothRunning.await(10, TimeUnit.SECONDS);
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        running.decrementAndGet();
                        return n;
                    });
                }));
            }
            for (int i = 0; i < requests; i++) {
                assertEquals(i, answers.get(i).get());
            }
            assertEquals(2, most.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
