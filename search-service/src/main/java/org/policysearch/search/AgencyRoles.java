package org.policysearch.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policysearch.index.IndexSchema.Facet;

/**
 * The agency and lead dimensions of every entry in one column, so that a search counting both over
 * the same matches reads each match's agencies once: each agency of an entry holds a code, its
 * agency ordinal when it does not lead the entry, and past the agencies' ordinals its lead ordinal
 * when it does. Counted apart, every match read its agency slots and then its lead slots in a
 * second array, and a broad search's counting moves the columns from memory: at 1 GB the
 * document, agency and lead counts of the ten common words' matches, one thread, 1.97–2.32 →
 * 1.65–1.74 ms a word with cold caches and 1.37–1.56 → 0.84–1.04 ms with warm ones; whole searches
 * ({@code bin/benchmark compare}, twice) common words −6.4 % and −6.9 %, two-character words −9.0 %
 * and −13.5 %, phrases −3.9 % and −8.7 %. It holds the agency slots a second time: 11 MB per pair
 * of dimensions at 1 GB (6 bytes for each of 1.89 million tasks), the plain and the folded pair, and
 * making both adds 0.3–0.5 s to opening a 1 GB index (0.81–0.95 → 1.15–1.41 s once warm).
 */
final class AgencyRoles implements MatchCounting.Column {

    private final Facet agencies;
    private final Facet leads;
    /** How many agency values there are: the codes below it are agencies that do not lead. */
    private final int agencyCount;
    /** The agency ordinal of each lead ordinal. */
    private final int[] agencyOfLead;
    private final Ordinals codes;

    private AgencyRoles(Facet agencies, Facet leads, int agencyCount, int[] agencyOfLead, Ordinals codes) {
        this.agencies = agencies;
        this.leads = leads;
        this.agencyCount = agencyCount;
        this.agencyOfLead = agencyOfLead;
        this.codes = codes;
    }

    /** The roles of the plain and of the folded dimensions, where {@link #of} can make them. */
    static List<AgencyRoles> load(Map<Facet, FacetColumn> columns, int maxDoc) {
        List<AgencyRoles> roles = new ArrayList<>();
        for (boolean fold : new boolean[] {false, true}) {
            Facet agencies = LuceneQueries.dimension(Facet.AGENCY, fold);
            Facet leads = LuceneQueries.dimension(Facet.LEAD, fold);
            if (columns.containsKey(agencies) && columns.containsKey(leads)) {
                of(agencies, columns.get(agencies), leads, columns.get(leads), maxDoc).ifPresent(roles::add);
            }
        }
        return List.copyOf(roles);
    }

    /**
     * The two columns in one, or empty when it would not read less: when an entry's lead is not
     * among its agencies (the builder indexes every lead as an agency too), or when the codes need
     * a wider element than the agency ordinals.
     */
    private static Optional<AgencyRoles> of(Facet agencies, FacetColumn agencyColumn, Facet leads,
                                            FacetColumn leadColumn, int maxDoc) {
        int agencyCount = agencyColumn.size();
        int[] agencyOfLead = new int[leadColumn.size()];
        int[] leadOfAgency = new int[agencyCount];
        Arrays.fill(leadOfAgency, Ordinals.NONE);
        for (int lead = 0; lead < agencyOfLead.length; lead++) {
            agencyOfLead[lead] = agencyColumn.ordinal(leadColumn.label(lead));
            if (agencyOfLead[lead] < 0) {
                return Optional.empty();
            }
            leadOfAgency[agencyOfLead[lead]] = lead;
        }
        Ordinals agencyOrdinals = agencyColumn.ordinals();
        Ordinals leadOrdinals = leadColumn.ordinals();
        int[] entryAgencies = new int[agencyOrdinals.widest()];
        int[] entryLeads = new int[leadOrdinals.widest()];
        Ordinals.Builder codes = new Ordinals.Builder(maxDoc);
        for (int entry = 0; entry < maxDoc; entry++) {
            codes.startEntry(entry);
            int agencyN = agencyOrdinals.copy(entry, entryAgencies);
            int leadN = leadOrdinals.copy(entry, entryLeads);
            int leading = 0;
            for (int i = 0; i < agencyN; i++) {
                int lead = leadOfAgency[entryAgencies[i]];
                boolean leader = lead != Ordinals.NONE && contains(entryLeads, leadN, lead);
                codes.add(leader ? agencyCount + lead : entryAgencies[i]);
                leading += leader ? 1 : 0;
            }
            if (leading != leadN) {
                return Optional.empty();
            }
        }
        Ordinals built = codes.build(agencyCount + agencyOfLead.length);
        return built.elementBytes() > agencyOrdinals.elementBytes() ? Optional.empty()
                : Optional.of(new AgencyRoles(agencies, leads, agencyCount, agencyOfLead, built));
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** Whether both of its dimensions are among {@code facets}. */
    boolean countsBoth(List<Facet> facets) {
        return facets.contains(agencies) && facets.contains(leads);
    }

    /** Whether {@code facet} is one of its dimensions. */
    boolean counts(Facet facet) {
        return facet == agencies || facet == leads;
    }

    Facet agencies() {
        return agencies;
    }

    Facet leads() {
        return leads;
    }

    /** How many codes there are: the size of a counts array. */
    @Override
    public int size() {
        return agencyCount + agencyOfLead.length;
    }

    @Override
    public void add(int[] docs, int count, int[] counts) {
        codes.add(docs, count, counts);
    }

    /** The agency dimension's counts from counts per code: an agency's, leading or not. */
    int[] agencyCounts(int[] codeCounts) {
        int[] counts = Arrays.copyOf(codeCounts, agencyCount);
        for (int lead = 0; lead < agencyOfLead.length; lead++) {
            counts[agencyOfLead[lead]] += codeCounts[agencyCount + lead];
        }
        return counts;
    }

    /** The lead dimension's counts from counts per code. */
    int[] leadCounts(int[] codeCounts) {
        return Arrays.copyOfRange(codeCounts, agencyCount, agencyCount + agencyOfLead.length);
    }
}
