package dev.ambit.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Child-process main for the crash and concurrency tests: opens the store and adds {@code count} facts
 * {@code <prefix>-<i>}, printing {@code ack <id> <value>} after each {@link Store#add} returns (that is, after
 * the commit is durable). Arguments: store directory, passphrase, prefix, count.
 */
public final class ChildWriter {
    private ChildWriter() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String prefix = args[2];
        int count = Integer.parseInt(args[3]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Store store = Store.open(dir, args[1].toCharArray())) {
            out.println("ready");
            for (int i = 0; i < count; i++) {
                String value = prefix + "-" + i;
                Item item = store.add(NewItem.fact(value, "{\"i\":" + i + "}"));
                out.println("ack " + item.id() + " " + value);
            }
        }
        out.println("done");
    }
}
