package org.policysearch.bench;

import java.util.List;

/** Everything one benchmark run measured; written as docs/benchmarks.json and rendered as Markdown. */
public record Report(String command, Machine machine, String loadAverageAtStart, String loadAverageAtEnd,
                     long seed, List<BenchQuery> queries, List<SizeReport> sizes, List<Target> targets,
                     List<String> notes) {

    /** The archive of one size, as generated and parsed. */
    public record Archive(long bytes, int files, int documents, int tasks, long taskTextBytes,
                          double generateSeconds, Rate parse) {
    }

    /** A throughput: corpus megabytes per second of wall time, and per second of CPU time. */
    public record Rate(int threads, double seconds, double mbPerSecond, double cpuSeconds, double mbPerCpuSecond) {
    }

    /**
     * @param ceiling   analysis alone (smartcn words + recall representation), per thread count
     * @param smartcnOnly / recallOnly the two halves of the ceiling on one thread
     * @param index     end-to-end builds (read, parse, analyse, write, commit), per thread count
     * @param ratioToCeiling index rate / ceiling rate at the same thread count (wall time)
     * @param ratioToCeilingCpu the same per CPU-second: the indexer's efficiency, whatever else ran
     * @param sameTokens each stock chain against what the index uses instead, on the same texts
     * @param indexReusedFrom when the index was not built by this run: when and how it was built
     */
    public record Throughput(List<Rate> ceiling, Rate smartcnOnly, Rate recallOnly, List<Rate> index,
                             List<Double> ratioToCeiling, List<Double> ratioToCeilingCpu, List<SameTokens> sameTokens,
                             String indexReusedFrom) {
    }

    /** A stock chain and the faster one the index uses, one thread each. {@code identical}: equal token checksums. */
    public record SameTokens(String chain, Rate stock, Rate fast, boolean identical) {
    }

    public record IndexSize(long bytes, double ratioToCorpus) {
    }

    public record SizeReport(String size, Archive archive, Throughput throughput, IndexSize index,
                             List<PeerResult> queries, List<HttpResult> http, MemoryResult memory) {
    }

    /** One of the targets and whether this run met it. */
    public record Target(String target, String measured, boolean met) {
    }
}
