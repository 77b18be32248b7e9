package org.policysearch.page;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** TEMPORARY dev stand-in until the http branch lands. */
final class PageServer implements AutoCloseable {
    private final URI base;

    private PageServer(URI base) {
        this.base = base;
    }

    static PageServer start(Path temp) {
        return new PageServer(URI.create(System.getProperty("page.devUrl")));
    }

    URI base() {
        return base;
    }

    static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("corpus")) && Files.isRegularFile(dir.resolve("pom.xml")))) {
            dir = dir.getParent();
        }
        if (dir == null) throw new AssertionError("no project root above " + Path.of("").toAbsolutePath());
        return dir;
    }

    @Override
    public void close() {
    }
}
