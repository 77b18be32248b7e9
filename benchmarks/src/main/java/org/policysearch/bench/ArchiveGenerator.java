package org.policysearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.SplittableRandom;
import org.policysearch.agency.AgencyRegistry;
import org.policysearch.bench.NoticeComposer.Family;

/**
 * Writes a deterministic archive of generated notices: the same seed and size give the same
 * bytes on every machine. Each file draws from its own split of the seeded generator, in order.
 */
public final class ArchiveGenerator {

    /** Files per sub-folder, so that no folder holds tens of thousands of files. */
    private static final int FILES_PER_FOLDER = 1000;
    /** Family weights, roughly the mix of a provincial archive: gazettes and task divisions dominate. */
    private static final int[] FAMILY_WEIGHTS = {25, 20, 20, 25, 10};

    private final NoticeComposer composer;

    public ArchiveGenerator(SeedText seed, AgencyPool agencies) {
        this.composer = new NoticeComposer(seed, agencies);
    }

    /** A generator of the seed notices' vocabulary with the bundled registry's agencies. */
    public static ArchiveGenerator of(SeedText seed) {
        return new ArchiveGenerator(seed, new AgencyPool(AgencyRegistry.bundled()));
    }

    /** What an archive holds. */
    public record Summary(long bytes, int files, int documents, int tasks) {
    }

    /** The files of an archive, one after another, until {@code bytes} are reached. */
    public Iterable<GeneratedFile> files(long seed, long bytes) {
        return () -> new Iterator<>() {
            private final SplittableRandom root = new SplittableRandom(seed);
            private long written;
            private int index;

            @Override
            public boolean hasNext() {
                return written < bytes;
            }

            @Override
            public GeneratedFile next() {
                SplittableRandom random = root.split();
                Family family = pickFamily(random);
                String name = String.format(Locale.ROOT, "part%03d/n%06d_%s.txt", index / FILES_PER_FOLDER, index,
                        family.name().toLowerCase(Locale.ROOT));
                GeneratedFile file = composer.compose(name, family, random);
                written += file.text().getBytes(StandardCharsets.UTF_8).length;
                index++;
                return file;
            }
        };
    }

    /** Writes the archive into {@code dir} (which must be empty or absent). */
    public Summary write(long seed, long bytes, Path dir) throws IOException {
        long total = 0;
        int files = 0;
        int documents = 0;
        int tasks = 0;
        for (GeneratedFile file : files(seed, bytes)) {
            Path path = dir.resolve(file.name());
            Files.createDirectories(path.getParent());
            byte[] utf8 = file.text().getBytes(StandardCharsets.UTF_8);
            Files.write(path, utf8);
            total += utf8.length;
            files++;
            documents += file.documents().size();
            tasks += file.taskCount();
        }
        return new Summary(total, files, documents, tasks);
    }

    private static Family pickFamily(SplittableRandom random) {
        int x = random.nextInt(100);
        for (int i = 0; i < FAMILY_WEIGHTS.length; i++) {
            x -= FAMILY_WEIGHTS[i];
            if (x < 0) {
                return Family.values()[i];
            }
        }
        throw new IllegalStateException("family weights do not add up to 100");
    }
}
