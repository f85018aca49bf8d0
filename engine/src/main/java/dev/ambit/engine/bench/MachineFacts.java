package dev.ambit.engine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Facts about this machine that make benchmark figures comparable: CPU, SIMD features, cores, OS, Java. */
public final class MachineFacts {
    private static final Set<String> INTERESTING_FLAGS = Set.of("avx", "avx2", "avx512f", "avx512bw", "avx512vnni",
            "fma", "f16c", "amx_tile", "neon", "asimd", "sve");

    private MachineFacts() {}

    public static Map<String, String> collect() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("cpu", cpuModel());
        facts.put("cpu_features", String.join(" ", cpuFeatures()));
        facts.put("logical_cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        facts.put("java", System.getProperty("java.version"));
        return facts;
    }

    private static List<String> cpuinfo() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo"));
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }

    private static String cpuModel() {
        return cpuinfo().stream()
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip())
                .findFirst()
                .orElse(System.getProperty("os.arch"));
    }

    private static Set<String> cpuFeatures() {
        Set<String> found = new TreeSet<>();
        cpuinfo().stream()
                .filter(l -> l.startsWith("flags") || l.startsWith("Features"))
                .findFirst()
                .ifPresent(l -> {
                    for (String flag : l.substring(l.indexOf(':') + 1).strip().split("\\s+")) {
                        if (INTERESTING_FLAGS.contains(flag)) {
                            found.add(flag);
                        }
                    }
                });
        return found;
    }
}
