package org.policysearch.http;

import java.util.Map;

/** Headers every response carries, the page's and the API's alike. */
final class SecurityHeaders {

    /**
     * Scripts, styles and everything else only from this origin: no inline script, no eval, no
     * framing by other sites.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private SecurityHeaders() {
    }
}
