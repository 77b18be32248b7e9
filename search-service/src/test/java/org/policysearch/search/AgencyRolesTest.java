package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.index.IndexSchema;
import org.policysearch.index.IndexSchema.Facet;

/**
 * The agency and lead dimensions counted from one column of role codes give the counts of their two
 * columns, plain and folded, on the corpus; where a code cannot stand for an entry's roles, or the
 * codes would be read wider than the agencies, there is no such column and searches count the two
 * columns apart. (DrillSidewaysReferenceTest and MatchCountingTest check whole searches' counts,
 * which come from this column when neither dimension is filtered.)
 */
class AgencyRolesTest {

    @Test
    void corpusRolesCountWhatTheirTwoColumnsCount() throws IOException {
        try (DirectoryReader reader = CorpusIndexFixture.openReader()) {
            Map<Facet, FacetColumn> columns = FacetColumn.loadAll(reader);
            List<AgencyRoles> roles = AgencyRoles.load(columns, reader.maxDoc());
            assertEquals(List.of(Facet.LEAD, Facet.LEAD_LINEAGE), roles.stream().map(AgencyRoles::leads).toList());

            Query farming = LuceneQueries.build(Fixtures.request("农业")).query();
            int[] some = Arrays.stream(new IndexSearcher(reader).search(farming, reader.maxDoc()).scoreDocs)
                    .mapToInt(hit -> hit.doc).sorted().toArray();
            int[] all = IntStream.range(0, reader.maxDoc()).toArray();
            assertTrue(some.length > 0 && some.length < all.length, "a search matches some of the tasks");
            for (AgencyRoles pair : roles) {
                for (int[] entries : List.of(all, some)) {
                    assertCountsOfBothColumns(pair, columns, entries);
                }
            }
        }
    }

    /** A lead no entry names as an agency, and a lead named as an agency by another entry only. */
    @Test
    void aLeadThatIsNotAmongItsEntrysAgenciesLeavesTheColumnsApart(@TempDir Path dir) throws IOException {
        write(dir.resolve("never"), List.of(List.of("甲厅")), List.of(List.of("乙厅")));
        write(dir.resolve("elsewhere"), List.of(List.of("甲厅"), List.of("甲厅")),
                List.of(List.of("甲厅", "乙厅"), List.of("乙厅")));
        for (String index : List.of("never", "elsewhere")) {
            try (FSDirectory directory = FSDirectory.open(dir.resolve(index));
                 DirectoryReader reader = DirectoryReader.open(directory)) {
                assertTrue(AgencyRoles.load(FacetColumn.loadAll(reader), reader.maxDoc()).isEmpty(), index);
            }
        }
    }

    /**
     * 200 agencies in entries of six fit a byte beside six codes of empty slots: with 14 of them
     * leading the codes do too, with 102 they do not.
     */
    @Test
    void rolesAreKeptOnlyWhenTheirCodesAreReadAsNarrowAsTheAgencies(@TempDir Path dir) throws IOException {
        List<String> agencies = IntStream.range(0, 200).mapToObj(i -> "机构" + i).toList();
        List<List<String>> entries = new ArrayList<>();
        for (int i = 0; i < agencies.size(); i += 6) {
            entries.add(agencies.subList(i, Math.min(i + 6, agencies.size())));
        }
        Path narrow = dir.resolve("narrow");
        Path wide = dir.resolve("wide");
        write(narrow, IntStream.range(0, entries.size())
                .mapToObj(i -> i < 7 ? entries.get(i).subList(0, 2) : List.<String>of()).toList(), entries);
        write(wide, IntStream.range(0, entries.size())
                .mapToObj(i -> i < 17 ? entries.get(i) : List.<String>of()).toList(), entries);

        try (FSDirectory directory = FSDirectory.open(narrow);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            Map<Facet, FacetColumn> columns = FacetColumn.loadAll(reader);
            assertEquals(List.of(200, 14), List.of(columns.get(Facet.AGENCY).size(), columns.get(Facet.LEAD).size()));
            List<AgencyRoles> roles = AgencyRoles.load(columns, reader.maxDoc());
            assertEquals(1, roles.size());
            assertCountsOfBothColumns(roles.getFirst(), columns, IntStream.range(0, reader.maxDoc()).toArray());
        }
        try (FSDirectory directory = FSDirectory.open(wide); DirectoryReader reader = DirectoryReader.open(directory)) {
            Map<Facet, FacetColumn> columns = FacetColumn.loadAll(reader);
            assertEquals(List.of(200, 102), List.of(columns.get(Facet.AGENCY).size(), columns.get(Facet.LEAD).size()));
            assertTrue(AgencyRoles.load(columns, reader.maxDoc()).isEmpty());
        }
    }

    private static void assertCountsOfBothColumns(AgencyRoles pair, Map<Facet, FacetColumn> columns, int[] entries) {
        int[] codeCounts = new int[pair.size()];
        pair.add(entries, entries.length, codeCounts);
        String what = pair.agencies() + " over " + entries.length + " entries";
        assertArrayEquals(counts(columns.get(pair.agencies()), entries), pair.agencyCounts(codeCounts), what);
        assertArrayEquals(counts(columns.get(pair.leads()), entries), pair.leadCounts(codeCounts), what);
    }

    private static int[] counts(FacetColumn column, int[] entries) {
        int[] counts = new int[column.size()];
        column.add(entries, entries.length, counts);
        return counts;
    }

    /** Writes one entry per list of agencies, with the leads of the same index, in the dimensions' facet fields. */
    private static void write(Path dir, List<List<String>> leads, List<List<String>> agencies) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int i = 0; i < agencies.size(); i++) {
                Document entry = new Document();
                leads.get(i).forEach(lead -> entry.add(new SortedSetDocValuesFacetField(Facet.LEAD.dim(), lead)));
                agencies.get(i).forEach(agency ->
                        entry.add(new SortedSetDocValuesFacetField(Facet.AGENCY.dim(), agency)));
                writer.addDocument(IndexSchema.facetsConfig().build(entry));
            }
            writer.commit();
        }
    }
}
