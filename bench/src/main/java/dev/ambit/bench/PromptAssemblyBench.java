package dev.ambit.bench;

import dev.ambit.engine.inference.ChatMessage;
import dev.ambit.engine.prompt.PromptAssembler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Prompt assembly for one turn: tier instructions, a 14-item profile and a 10-turn history. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PromptAssemblyBench {
    private final PromptAssembler assembler = new PromptAssembler();
    private List<String> bounds;
    private List<String> profile;
    private List<ChatMessage> history;

    @Setup
    public void setUp() {
        bounds = List.of("Say that you are an AI when asked.", "Do not give medical diagnoses; suggest a clinician.",
                "Treat contested political topics in a balanced way.", "Never claim to be human.");
        profile = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            profile.add("Preference " + i + ": answer in a short, friendly way with examples.");
        }
        history = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            history.add(ChatMessage.user("Question number " + i + " about the garden and the weather today?"));
            history.add(ChatMessage.assistant("Answer number " + i + ": the garden likes rain and some sun."));
        }
    }

    @Benchmark
    public List<ChatMessage> assemble() {
        return assembler.assemble(bounds, profile, history, "What should I plant in spring?");
    }
}
