package org.policysearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.parse.CorpusReader;
import org.policysearch.parse.ParsedFile;
import org.policysearch.parse.SeedCorpus;

/**
 * Builds of the seed corpus: what a build records, and that a build which fails, is interrupted
 * or is killed leaves the previous index current, readable and intact.
 */
class IndexBuilderTest {

    @TempDir
    Path root;

    /**
     * The corpus, where reading a file whose name starts with {@code prefix} signals
     * {@code reached} and waits for {@code resume} or an interrupt.
     */
    private static IndexBuilder.Source pausing(String prefix, CountDownLatch reached, CountDownLatch resume) {
        return TestCorpus.reading(file -> {
            if (file.getFileName().toString().startsWith(prefix)) {
                reached.countDown();
                try {
                    resume.await();
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
            }
            return TestCorpus.source().read(file);
        });
    }

    private IndexBuilder.Summary build(IndexBuilder.Source source) throws IOException {
        return new IndexBuilder(AgencyRegistry.bundled(), 2, IndexBuilder.Listener.NONE)
                .build(source, new IndexLocation(root));
    }

    /** The current build's commit data, after CheckIndex found it clean and one segment. */
    private Map<String, String> checkCurrent() throws IOException {
        Path current = new IndexLocation(root).currentIndex().orElseThrow();
        try (Directory dir = FSDirectory.open(current); CheckIndex check = new CheckIndex(dir)) {
            assertTrue(check.checkIndex().clean, "CheckIndex on " + current);
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertEquals(1, reader.leaves().size(), "segments of " + current);
                return reader.getIndexCommit().getUserData();
            }
        }
    }

    private List<String> builds() throws IOException {
        try (Stream<Path> list = Files.list(root.resolve(IndexLocation.BUILDS))) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aBuildIsPublishedWithItsCounts() throws IOException {
        IndexBuilder.Summary summary = build(TestCorpus.source());
        assertEquals(5, summary.files());
        assertEquals(6, summary.documents());
        assertEquals(283, summary.tasks());
        assertEquals(List.of(), summary.skipped());
        assertEquals(summary.buildId(), new IndexLocation(root).currentBuild().orElseThrow());
        Map<String, String> data = checkCurrent();
        assertEquals("6", data.get(IndexSchema.COMMIT_DOCUMENTS));
        assertEquals("283", data.get(IndexSchema.COMMIT_TASKS));
        assertEquals(summary.buildId(), data.get(IndexSchema.COMMIT_BUILD_ID));
        assertEquals(IndexSchema.VERSION, data.get(IndexSchema.COMMIT_SCHEMA));
    }

    @Test
    void theCurrentAndThePreviousBuildAreKept() throws IOException {
        String first = build(TestCorpus.source()).buildId();
        String second = build(TestCorpus.source()).buildId();
        assertEquals(List.of(first, second), builds());
        String third = build(TestCorpus.source()).buildId();
        assertEquals(List.of(second, third), builds());
        assertEquals(third, new IndexLocation(root).currentBuild().orElseThrow());
        checkCurrent();
    }

    @Test
    void aFailedBuildLeavesThePreviousIndexCurrent() throws IOException {
        String previous = build(TestCorpus.source()).buildId();
        IndexBuilder.Source failing = TestCorpus.reading(file -> {
            if (file.getFileName().toString().startsWith("003")) {
                throw new IllegalStateException("parser bug in " + file.getFileName());
            }
            return TestCorpus.source().read(file);
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> build(failing));
        assertEquals("parser bug in 003_da479d43fed241eb.txt", e.getMessage());
        assertEquals(previous, new IndexLocation(root).currentBuild().orElseThrow());
        assertEquals(List.of(previous), builds());
        assertEquals("283", checkCurrent().get(IndexSchema.COMMIT_TASKS));
    }

    @Test
    void anInterruptedBuildLeavesThePreviousIndexCurrent() throws Exception {
        String previous = build(TestCorpus.source()).buildId();
        CountDownLatch parsing = new CountDownLatch(1);
        IndexBuilder.Source blocking = pausing("002", parsing, new CountDownLatch(1));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread builder = new Thread(() -> {
            try {
                build(blocking);
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        builder.start();
        assertTrue(parsing.await(30, TimeUnit.SECONDS));
        builder.interrupt();
        builder.join();
        assertEquals(InterruptedIOException.class, failure.get().getClass());
        assertEquals(previous, new IndexLocation(root).currentBuild().orElseThrow());
        assertEquals(List.of(previous), builds());
        assertEquals("283", checkCurrent().get(IndexSchema.COMMIT_TASKS));
    }

    @Test
    void oneBuildAtATime() throws Exception {
        CountDownLatch parsing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        IndexBuilder.Source held = pausing("", parsing, release);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread first = new Thread(() -> {
            try {
                build(held);
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        first.start();
        assertTrue(parsing.await(30, TimeUnit.SECONDS));
        IOException e = assertThrows(IOException.class, () -> build(TestCorpus.source()));
        assertEquals("another index build is writing to " + root + "; wait for it to finish", e.getMessage());
        release.countDown();
        first.join();
        assertEquals(null, failure.get());
        assertEquals("283", checkCurrent().get(IndexSchema.COMMIT_TASKS));
    }

    /**
     * A build killed with SIGKILL in the middle (documents added, nothing committed) in a child
     * JVM: the previous build stays current and intact, and the next build removes the remains.
     */
    @Test
    void aKilledBuildLeavesThePreviousIndexCurrent() throws Exception {
        String previous = build(TestCorpus.source()).buildId();
        String java = ProcessHandle.current().info().command().orElseThrow();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-cp", classpath, StalledBuild.class.getName(),
                SeedCorpus.path().toString(), root.toString()));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals(StalledBuild.STALLED, out.readLine());
            assertEquals(2, builds().size(), "the stalled build has its folder");
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertEquals(previous, new IndexLocation(root).currentBuild().orElseThrow());
        assertEquals("283", checkCurrent().get(IndexSchema.COMMIT_TASKS));

        String next = build(TestCorpus.source()).buildId();
        assertEquals(List.of(previous, next), builds());
        checkCurrent();
    }

    @Test
    void aTaskIndexedTwiceIsOneEntry() throws IOException {
        Path first = TestCorpus.source().files().get(0);
        IndexBuilder.Source twice = new IndexBuilder.Source() {
            @Override
            public List<Path> files() {
                return List.of(first, first.resolveSibling("copy-of-000.txt"));
            }

            @Override
            public ParsedFile read(Path file) {
                return TestCorpus.source().read(first);
            }
        };
        IndexBuilder.Summary summary = build(twice);
        assertEquals(1, summary.documents());
        assertEquals(39, summary.tasks());
        checkCurrent();
    }

    /** Before document ids took the folder of such files, the second file's tasks replaced the first's. */
    @Test
    void filesOfOneNameInTwoFoldersAreBothIndexed(@TempDir Path corpus) throws IOException {
        List<Path> seeds = TestCorpus.source().files().subList(0, 2);
        long seedTasks = 0;
        for (int i = 0; i < seeds.size(); i++) {
            Path folder = Files.createDirectories(corpus.resolve("20" + (17 + i)));
            Files.copy(seeds.get(i), folder.resolve("notice.txt"));
            seedTasks += TestCorpus.source().read(seeds.get(i)).tasks().size();
        }
        IndexBuilder.Summary summary = build(IndexBuilder.Source.corpus(new CorpusReader(AgencyRegistry.bundled()),
                corpus));
        assertEquals(2, summary.documents());
        assertEquals(seedTasks, summary.tasks());
        assertEquals(Long.toString(seedTasks), checkCurrent().get(IndexSchema.COMMIT_TASKS));
    }
}
