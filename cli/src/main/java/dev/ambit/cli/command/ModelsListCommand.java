package dev.ambit.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.cli.json.ReplyJson;
import dev.ambit.engine.catalog.Bytes;
import dev.ambit.engine.catalog.Catalog;
import dev.ambit.engine.catalog.CatalogEntry;
import dev.ambit.engine.catalog.InstalledModel;
import dev.ambit.engine.catalog.ModelLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ambit models list}: the catalogue's models and the installed ones, with size, licence and the default. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List catalogued and installed models; '*' marks the default.")
public final class ModelsListCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    CatalogOption catalogOption;

    @Option(names = "--json", description = "Print one JSON object: {catalog, default, models: [...]}.")
    boolean json;

    ModelsListCommand(CliContext context) {
        this.context = context;
    }

    /** One row: a catalogue entry, an installed model, or both. */
    record Row(String name, String kind, Long sizeBytes, String licence, Optional<CatalogEntry> entry,
            Optional<InstalledModel> installed, boolean isDefault) {}

    @Override
    public Integer call() {
        Catalog catalog = catalogOption.catalog(context);
        ModelLibrary library = new ModelLibrary(context.home());
        List<InstalledModel> installed = library.installed();
        String defaultName = library.defaultModel(catalog).map(InstalledModel::name)
                .or(catalog::defaultName).orElse(null);
        List<Row> rows = new ArrayList<>();
        for (CatalogEntry e : catalog.entries()) {
            Optional<InstalledModel> inst = installed.stream().filter(m -> m.name().equals(e.name())).findFirst();
            Long size = inst.map(m -> fileSize(m)).orElse(e.sizeBytes().isPresent() ? e.sizeBytes().getAsLong() : null);
            rows.add(new Row(e.name(), e.kind().wireName(), size, e.licence(), Optional.of(e), inst,
                    e.name().equals(defaultName)));
        }
        for (InstalledModel m : installed) {
            if (catalog.find(m.name()).isEmpty()) {
                rows.add(new Row(m.name(), m.kind().wireName(), fileSize(m), "unknown", Optional.empty(), Optional.of(m),
                        m.name().equals(defaultName)));
            }
        }
        if (json) {
            printJson(catalog, defaultName, rows);
        } else {
            printTable(rows);
        }
        context.out().flush();
        return ExitCode.OK.code();
    }

    private void printTable(List<Row> rows) {
        String format = "%-2s%-24s %-6s %9s  %-20s %s%n";
        context.out().printf(Locale.ROOT, format, "", "NAME", "KIND", "SIZE", "LICENCE", "STATUS");
        for (Row r : rows) {
            String status = r.installed().isPresent() ? "installed" : "available";
            if (r.entry().isPresent() && !r.entry().get().verified()) {
                status += " (digest unverified)";
            }
            context.out().printf(Locale.ROOT, format, r.isDefault() ? "*" : "", r.name(), r.kind(),
                    r.sizeBytes() != null ? Bytes.human(r.sizeBytes()) : "?", r.licence(), status);
        }
    }

    private void printJson(Catalog catalog, String defaultName, List<Row> rows) {
        ObjectNode root = ReplyJson.MAPPER.createObjectNode();
        root.put("catalog", catalog.source());
        root.put("default", defaultName);
        ArrayNode models = root.putArray("models");
        for (Row r : rows) {
            ObjectNode m = models.addObject();
            m.put("name", r.name());
            m.put("kind", r.kind());
            m.put("installed", r.installed().isPresent());
            m.put("default", r.isDefault());
            m.put("size_bytes", r.sizeBytes());
            m.put("licence", r.licence());
            m.put("verified_digest", r.entry().map(CatalogEntry::verified).orElse(r.installed().isPresent()));
            m.put("sha256", r.installed().map(i -> i.sha256().hex())
                    .or(() -> r.entry().flatMap(CatalogEntry::sha256).map(d -> d.hex())).orElse(null));
            r.entry().ifPresent(e -> {
                m.put("url", e.url().toString());
                m.put("template", e.template());
                m.put("ram_gb", e.ramGb());
                m.put("description", e.description());
            });
            r.installed().ifPresent(i -> m.put("path", i.path().toString()));
        }
        context.out().println(root.toString());
    }

    private static Long fileSize(InstalledModel m) {
        try {
            return Files.size(m.path());
        } catch (IOException e) {
            return null;
        }
    }
}
