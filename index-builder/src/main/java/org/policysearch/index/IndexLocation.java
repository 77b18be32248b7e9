package org.policysearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * Where the index lives, and which build is current. Layout under the root ({@code var/index}):
 *
 * <pre>
 *   builds/20261122T060102123Z-3f9a/   one complete or in-progress build per folder
 *   CURRENT                             the name of the build that serves, replaced by an atomic move
 *   build.lock                          held by the one build running
 * </pre>
 *
 * A build is published only once committed, so a build that fails or is killed leaves
 * {@code CURRENT} and the build it names untouched. A root that holds a bare Lucene index (no
 * {@code CURRENT}) is served as it is.
 */
public final class IndexLocation {

    static final String BUILDS = "builds";
    static final String CURRENT = "CURRENT";
    static final String BUILD_LOCK = "build.lock";

    /** Build names sort by creation time: 20261122T060102123Z-3f9a. */
    private static final DateTimeFormatter BUILD_TIME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Path root;

    public IndexLocation(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The name of the current build, or empty when none has been published. Cheap: one small file. */
    public Optional<String> currentBuild() throws IOException {
        try {
            String name = Files.readString(root.resolve(CURRENT), StandardCharsets.UTF_8).strip();
            return name.isEmpty() ? Optional.empty() : Optional.of(name);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** The folder of the index that serves: the current build, else a bare index in the root. */
    public Optional<Path> currentIndex() throws IOException {
        Optional<String> build = currentBuild();
        if (build.isPresent()) {
            return Optional.of(buildDir(build.get()));
        }
        return holdsIndex(root) ? Optional.of(root) : Optional.empty();
    }

    public boolean hasIndex() throws IOException {
        return currentIndex().isPresent();
    }

    /**
     * Whether the current index was written with this version's schema ({@link IndexSchema#VERSION}
     * in its commit): one of an older version still opens but answers some queries wrongly (its
     * agency names, for one, are indexed differently), so it must be built again.
     */
    public boolean hasCurrentSchema() throws IOException {
        Optional<Path> current = currentIndex();
        if (current.isEmpty()) {
            return false;
        }
        try (FSDirectory dir = FSDirectory.open(current.get())) {
            return IndexSchema.VERSION.equals(SegmentInfos.readLatestCommit(dir).getUserData().get(IndexSchema.COMMIT_SCHEMA));
        }
    }

    /**
     * The right to build here, held until closed: one build at a time, so that publishing one never
     * prunes the folder of another still being written. An OS-level lock, released if the
     * process dies.
     */
    Closeable lockForBuild() throws IOException {
        Files.createDirectories(root);
        FSDirectory dir = FSDirectory.open(root);
        try {
            Lock lock = dir.obtainLock(BUILD_LOCK);
            return () -> IOUtils.close(lock, dir);
        } catch (LockObtainFailedException e) {
            dir.close();
            throw new IOException("another index build is writing to " + root + "; wait for it to finish", e);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** A fresh, empty folder for a new build; not served until {@link #publish}. */
    Path newBuild(Instant now) throws IOException {
        String name = BUILD_TIME.format(now) + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
        return Files.createDirectories(buildDir(name));
    }

    /**
     * Makes a committed build current (atomic rename of the pointer), then removes builds no longer
     * needed. Once the pointer has moved, nothing here fails the build.
     */
    void publish(Path build) throws IOException {
        String name = build.getFileName().toString();
        Optional<String> previous = currentBuild();
        Path tmp = root.resolve(CURRENT + "." + name + ".tmp");
        Files.writeString(tmp, name + "\n", StandardCharsets.UTF_8);
        IOUtils.fsync(tmp, false);
        try {
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.delete(tmp);
            throw e;
        }
        IOUtils.fsync(root, true);
        prune(name, previous.orElse(""));
    }

    /**
     * Deletes the builds older than the current one except the previous one, which a reader may
     * still hold; that includes the folders of builds that were killed. Newer folders may be builds
     * in progress and are left alone.
     */
    private void prune(String current, String previous) {
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> builds = Files.newDirectoryStream(root.resolve(BUILDS))) {
            for (Path build : builds) {
                String name = build.getFileName().toString();
                if (name.compareTo(current) < 0 && !name.equals(previous)) {
                    stale.add(build);
                }
            }
        } catch (IOException unreadable) {
            return; // housekeeping only: the build is published already
        }
        for (Path build : stale) {
            try {
                IOUtils.rm(build);
            } catch (IOException stillOpen) {
                // Where open files cannot be deleted (Windows), the next publish tries again.
            }
        }
    }

    private Path buildDir(String name) {
        return root.resolve(BUILDS).resolve(name);
    }

    private static boolean holdsIndex(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (FSDirectory directory = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(directory);
        }
    }
}
