package org.policysearch.agency;

import java.util.Optional;

/** Canonical agency names, aliases and the line of succession, loaded from {@code agencies.json}. */
public final class AgencyRegistry {

    /** The registry bundled with the program. */
    public static AgencyRegistry bundled() {
        return new AgencyRegistry();
    }

    /** The canonical name of an agency as written (prefix already expanded), if the registry knows it. */
    public Optional<String> canonical(String written) {
        return Optional.empty();
    }

    /** The newest successor of a canonical agency (itself when it has none): 农牧厅 → 农业农村厅. */
    public String latestSuccessor(String canonical) {
        return canonical;
    }
}
