package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.engine.profile.ProfileException;
import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where the store's passphrase comes from: {@code --passphrase-file F}, else {@code $AMBIT_PASSPHRASE_FILE},
 * else a prompt without echo when a person is at the terminal. The passphrase is never logged or printed.
 */
public final class PassphraseOptions {
    static final String ENV = "AMBIT_PASSPHRASE_FILE";

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "File holding the store passphrase (first line; default: $AMBIT_PASSPHRASE_FILE, else a prompt).")
    Path file;

    /** The passphrase, or a store error (exit 5) saying how to give one. */
    char[] require(CliContext context, String prompt) {
        return find(context, prompt).orElseThrow(() -> new ProfileException(
                "the store is locked and no passphrase was given: use --passphrase-file FILE or set " + ENV));
    }

    /** The passphrase when one was given or can be asked for; empty for a script that gave none. */
    Optional<char[]> find(CliContext context, String prompt) {
        Optional<char[]> given = fromFile(context);
        if (given.isPresent() || !context.interactive()) {
            return given;
        }
        return Optional.of(prompt(prompt));
    }

    /** A passphrase for a new wrapping: from the file, else typed twice at the terminal. */
    char[] requireNew(CliContext context, String what) {
        Optional<char[]> given = fromFile(context);
        if (given.isPresent()) {
            return given.get();
        }
        if (!context.interactive()) {
            throw new ProfileException("no " + what + " given: use --passphrase-file FILE or set " + ENV);
        }
        return promptNew(what);
    }

    /** From {@code --passphrase-file}, else {@code $AMBIT_PASSPHRASE_FILE}; never prompts. */
    Optional<char[]> fromFile(CliContext context) {
        if (file != null) {
            return Optional.of(read(file, "--passphrase-file"));
        }
        String fromEnv = context.env().get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(read(Path.of(fromEnv), ENV));
        }
        return Optional.empty();
    }

    /** Reads the first line of {@code path} (trailing newline removed); empty or unreadable is an error. */
    static char[] read(Path path, String origin) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ProfileException("the passphrase file " + path + " (from " + origin + ") does not exist");
        } catch (IOException e) {
            throw new ProfileException("cannot read the passphrase file " + path + " (from " + origin + "): "
                    + e.getClass().getSimpleName());
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            int end = 0;
            while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            char[] passphrase = Arrays.copyOf(chars.array(), end);
            Arrays.fill(chars.array(), '\0');
            if (passphrase.length == 0) {
                throw new ProfileException("the passphrase file " + path + " (from " + origin + ") is empty");
            }
            return passphrase;
        } catch (CharacterCodingException e) {
            throw new ProfileException("the passphrase file " + path + " (from " + origin + ") is not UTF-8 text");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    static char[] prompt(String prompt) {
        Console console = System.console();
        if (console == null) {
            throw new ProfileException("cannot prompt for the passphrase without a terminal: use --passphrase-file FILE");
        }
        char[] passphrase = console.readPassword("%s", prompt);
        if (passphrase == null || passphrase.length == 0) {
            throw new ProfileException("no passphrase entered");
        }
        return passphrase;
    }

    /** Asks twice, for a new passphrase typed at the terminal. */
    static char[] promptNew(String what) {
        char[] first = prompt("New " + what + ": ");
        char[] second = prompt("Repeat the " + what + ": ");
        try {
            if (!Arrays.equals(first, second)) {
                Arrays.fill(first, '\0');
                throw new ProfileException("the two passphrases differ; nothing was changed");
            }
            return first;
        } finally {
            Arrays.fill(second, '\0');
        }
    }
}
