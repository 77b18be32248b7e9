package org.policysearch.agency;

import java.util.List;

/**
 * One agency of the registry.
 *
 * @param canonical  the name used to facet and follow it across years, unique in the registry
 * @param region     the region it belongs to (宁夏, 内蒙古), or null for one known everywhere
 * @param names      how notices write it, after a shared prefix is expanded (自治区发展改革委,
 *                   自治区发改委, 自治区发展和改革委员会)
 * @param successors what it became in an institutional reform, with the year
 * @param kind       department, collective (各市、县（区）人民政府), central (人行银川中心支行), enterprise…
 */
public record AgencyEntry(String canonical, String region, List<String> names, List<Succession> successors,
                          String kind) {

    /** {@code to} took over (all or part of) this agency's work in {@code year}. */
    public record Succession(String to, int year) {
    }

    public AgencyEntry {
        names = names == null ? List.of() : List.copyOf(names);
        successors = successors == null ? List.of() : List.copyOf(successors);
    }
}
