package dev.ambit.engine.guard.eval;

import dev.ambit.engine.policy.HazardDetector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Measures a detector's cost per kilobyte of prompt: the prompts are packed into 1 KiB blocks, the detector is
 * warmed up, then each block is timed on the calling thread (CPU time where the JVM offers it, so other load on
 * the machine does not count).
 */
public final class GuardLatency {
    private static final int BLOCK = 1024;

    private GuardLatency() {}

    /**
     * The result.
     *
     * @param blocks how many 1 KiB blocks were timed
     * @param p50Micros median time per block
     * @param p99Micros 99th percentile time per block
     * @param cpuTime true when CPU time was measured, false for wall-clock time
     */
    public record Latency(int blocks, double p50Micros, double p99Micros, boolean cpuTime) {}

    public static Latency measure(HazardDetector detector, List<String> prompts, int rounds) {
        Objects.requireNonNull(detector, "detector");
        if (prompts.isEmpty()) {
            throw new IllegalArgumentException("prompts must not be empty");
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        }
        List<String> blocks = blocks(prompts);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        boolean cpu = mx.isCurrentThreadCpuTimeSupported();
        // The JIT needs a few thousand calls before the figures mean anything; on a busy machine that takes seconds.
        long warmUntil = System.nanoTime() + 4_000_000_000L;
        int warm = 0;
        while (warm < 1_000 || (System.nanoTime() < warmUntil && warm < 20_000)) {
            detector.detect(blocks.get(warm % blocks.size()), HazardDetector.Direction.INPUT);
            warm++;
        }
        long[] nanos = new long[blocks.size() * rounds];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (String block : blocks) {
                long start = cpu ? mx.getCurrentThreadCpuTime() : System.nanoTime();
                detector.detect(block, HazardDetector.Direction.INPUT);
                nanos[k++] = (cpu ? mx.getCurrentThreadCpuTime() : System.nanoTime()) - start;
            }
        }
        Arrays.sort(nanos);
        return new Latency(nanos.length, nanos[nanos.length / 2] / 1000.0,
                nanos[Math.min(nanos.length - 1, (int) Math.ceil(nanos.length * 0.99) - 1)] / 1000.0, cpu);
    }

    /** Prompts joined by spaces and cut into blocks of exactly 1 KiB, cycling through the set at least once. */
    static List<String> blocks(List<String> prompts) {
        List<String> blocks = new ArrayList<>();
        StringBuilder b = new StringBuilder(BLOCK * 2);
        int i = 0;
        while (blocks.size() < 8 || i < prompts.size()) {
            b.append(prompts.get(i % prompts.size())).append(' ');
            i++;
            if (b.length() >= BLOCK) {
                blocks.add(b.substring(0, BLOCK));
                b.setLength(0);
            }
        }
        return blocks;
    }
}
