package org.policysearch.task;

import java.util.Locale;

/** The part an agency plays in a task, as SPEC §2 names it. */
public enum Role {
    /** 牵头单位, X牵头, the first unit of a 责任单位 list. */
    LEAD,
    /** 配合单位, Y配合, the rest of a 责任单位 list. */
    COOPERATING,
    /** Z分别落实 / 具体落实 / 负责 with no lead named. */
    IMPLEMENTING;

    /** The lower-case name used in URLs, JSON and facet dimensions. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
