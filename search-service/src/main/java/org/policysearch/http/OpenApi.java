package org.policysearch.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The maintained OpenAPI description of the API, served as it is in the jar. */
final class OpenApi {

    static final String PATH = "/api/openapi.json";
    static final String RESOURCE = "/openapi.json";

    private final byte[] bytes;

    private OpenApi(byte[] bytes) {
        this.bytes = bytes;
    }

    static OpenApi load() {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new OpenApi(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        return bytes.clone();
    }
}
