package dev.ambit.bench;

import dev.ambit.store.Item;
import dev.ambit.store.ItemValue;
import dev.ambit.store.NewItem;
import dev.ambit.store.Store;
import dev.ambit.store.crypto.KdfParams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The encrypted store's hot paths: loading a 10,000-item profile (every field decrypted and authenticated, or
 * only what a prompt needs: values and names) and batched encrypted writes (1,000 items per durable commit).
 * The real store: SQLite in WAL mode with synchronous=FULL and AES-256-GCM fields; the KDF runs once at open
 * and is not measured.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StoreBench {
    private static final int PROFILE_ITEMS = 10_000;
    private static final int BATCH = 1_000;

    private Path dir;
    private Store store;
    private List<NewItem> batch;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("ambit-bench-store");
        store = Store.create(dir.resolve("store"), "bench passphrase".toCharArray(), KdfParams.TEST);
        List<NewItem> profile = new ArrayList<>();
        for (int i = 0; i < PROFILE_ITEMS; i++) {
            profile.add(new NewItem("fact", "", "remembered fact number " + i + " about the user's garden", "{\"turn\":" + i + "}"));
        }
        store.addAll(profile);
        batch = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            batch.add(new NewItem("feedback", "", "thumbs up on reply " + i, "{\"turn\":" + i + "}"));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Milliseconds to load and decrypt the whole 10k-item profile. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Item> loadProfile10k() {
        return store.items("fact");
    }

    /** Milliseconds to load the 10k-item profile as a prompt does: values (and names), no provenance. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<ItemValue> loadProfileValues10k() {
        return store.values("fact");
    }

    /** Encrypted items written per second, 1,000 per durable commit. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public List<Item> batchedEncryptedWrites() {
        return store.addAll(batch);
    }
}
