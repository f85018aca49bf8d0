package dev.ambit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ambit.engine.testing.TinyModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chat path needs no network: it works inside a network namespace without interfaces, and a syscall trace
 * shows no connection, bind or datagram to an internet address.
 */
class NoNetworkTest {
    private static final Pattern INTERNET_TRAFFIC =
            Pattern.compile("(connect|bind|sendto|sendmsg)\\(\\d+, \\{sa_family=AF_INET6?");

    @TempDir
    Path home;

    private static void requireTool(String tool) {
        boolean present = Files.isExecutable(Path.of("/usr/bin", tool)) || Files.isExecutable(Path.of("/bin", tool));
        if (!present) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(tool + " is needed for this test in CI; .ci/run installs it");
            }
            Assumptions.abort(tool + " is not installed");
        }
    }

    private List<String> ambit(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private Result run(List<String> command, String stdin) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("AMBIT_HOME", home.toString());
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Result(int code, String out, String err) {}

    @Test
    void askAndHeadlessChat_workInANetworkNamespaceWithoutInterfaces() throws Exception {
        requireTool("unshare");
        String model = TinyModel.path().toString();
        List<String> ask = new ArrayList<>(List.of("unshare", "-rn"));
        ask.addAll(ambit("ask", "--model", model, "--json", "--seed", "1", "--max-tokens", "8", "Once upon a time"));
        Result r = run(ask, "");
        if (r.code() != 0 && r.err().contains("unshare:")) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but network namespaces are not permitted: " + r.err());
            }
            Assumptions.abort("network namespaces are not permitted here: " + r.err());
        }
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"text\""), r.out());

        List<String> chat = new ArrayList<>(List.of("unshare", "-rn"));
        chat.addAll(ambit("chat", "--headless", "--model", model, "--seed", "1", "--max-tokens", "8"));
        Result c = run(chat, "{\"type\":\"message\",\"text\":\"Once upon a time\"}\n");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().contains("\"type\":\"reply\""), c.out());
    }

    @Test
    void syscallTrace_showsNoInternetConnection() throws Exception {
        requireTool("strace");
        Path trace = home.resolve("trace.txt");
        List<String> command = new ArrayList<>(List.of("strace", "-f", "-qq", "-e", "trace=connect,bind,sendto,sendmsg",
                "-o", trace.toString()));
        command.addAll(ambit("chat", "--headless", "--model", TinyModel.path().toString(), "--seed", "2", "--max-tokens", "8"));
        Result r = run(command, "{\"type\":\"message\",\"text\":\"Once upon a time\"}\n");
        assertEquals(0, r.code(), r.err());
        List<String> internet = Files.readAllLines(trace).stream().filter(l -> INTERNET_TRAFFIC.matcher(l).find()).toList();
        assertTrue(internet.isEmpty(), "no internet traffic on the chat path, found: " + internet);
    }
}
