package dev.ambit.cli;

import dev.ambit.engine.AmbitException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become a line on stderr and an exit code. Stack traces only with --verbose.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final CliContext context;

    ErrorHandler(CliContext context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        if (ex instanceof AmbitException ambit) {
            report(ambit.getMessage(), ex);
            return ExitCode.of(ambit.failure()).code();
        }
        report("internal error: " + ex, ex);
        if (!context.verbose()) {
            context.err().println("ambit: run again with --verbose for details");
        }
        return ExitCode.INTERNAL.code();
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        context.err().println("ambit: " + ex.getMessage());
        context.err().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        context.err().flush();
        return ExitCode.USAGE.code();
    }

    private void report(String message, Exception ex) {
        context.out().flush();
        context.err().println("ambit: " + message);
        if (context.verbose()) {
            ex.printStackTrace(context.err());
        }
        context.err().flush();
    }
}
