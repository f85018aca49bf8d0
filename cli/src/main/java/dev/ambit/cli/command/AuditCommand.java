package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.cli.json.ReplyJson;
import dev.ambit.engine.profile.AuditReport;
import dev.ambit.engine.profile.Profile;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ambit audit}: the tamper-evident log of decisions and profile changes. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Check the audit log of decisions and profile changes (ids and kinds only, no content)."},
        subcommands = {AuditCommand.Verify.class})
public final class AuditCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    AuditCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println("ambit: audit needs a subcommand");
        spec.commandLine().usage(context.err());
        context.err().flush();
        return ExitCode.USAGE.code();
    }

    /** {@code ambit audit verify}: exit 0 when the hash chain is intact, 5 when it is broken. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Verify the audit log's hash chain: exit 0 when intact, 5 when an entry was edited or removed."})
    static final class Verify implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        PassphraseOptions passphrase;

        @Option(names = "--json", description = "Print one JSON object: intact, entries, problem.")
        boolean json;

        Verify(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            AuditReport report;
            try (Profile profile = StoreAccess.open(context, passphrase)) {
                report = profile.verifyAudit();
            }
            if (json) {
                context.out().println(ReplyJson.MAPPER.createObjectNode().put("intact", report.intact())
                        .put("entries", report.entries()).put("problem", report.problem()).toString());
            } else if (report.intact()) {
                context.out().println("audit log intact: " + report.entries() + " entries");
            }
            context.out().flush();
            if (!report.intact()) {
                context.err().println("ambit: the audit log was tampered with: " + report.problem());
                context.err().flush();
                return ExitCode.STORE.code();
            }
            return ExitCode.OK.code();
        }
    }
}
