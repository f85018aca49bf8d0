package dev.ambit.engine.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ambit.engine.InvalidInputException;
import dev.ambit.store.TranscriptEntry;
import dev.ambit.store.audit.AuditEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

/**
 * The user's data as readable JSON (portability): settings, items, transcripts and the audit log. Written
 * only on the explicit export command, owner-readable only, never over an existing file.
 */
final class ProfileExport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProfileExport() {}

    static void write(Profile profile, Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new InvalidInputException("the export file " + target + " already exists; choose a new name");
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InvalidInputException("the directory of the export file " + target + " does not exist");
        }
        String json;
        try {
            json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document(profile));
        } catch (JsonProcessingException e) {
            throw new ProfileException("cannot build the export: " + e.getOriginalMessage(), e);
        }
        Path temp = parent.resolve("." + target.getFileName() + ".tmp");
        try {
            Files.writeString(temp, json + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not POSIX: the platform's default permissions apply.
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Reporting the write failure matters more.
            }
            throw new ProfileException("cannot write the export " + target + ": " + e.getMessage(), e);
        }
    }

    private static ObjectNode document(Profile profile) {
        var store = profile.store();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", "ambit-export/1");
        root.put("exported_at", Instant.now().toString());
        ObjectNode settings = root.putObject("settings");
        profile.settings().forEach(settings::put);
        ArrayNode items = root.putArray("items");
        for (ProfileItem i : profile.items()) {
            ObjectNode item = items.addObject();
            item.put("id", i.id()).put("kind", i.kind()).put("name", i.name()).put("value", i.value());
            item.set("provenance", json(i.provenance()));
            item.put("created", i.created().toString()).put("updated", i.updated().toString());
        }
        ArrayNode transcripts = root.putArray("transcripts");
        for (TranscriptEntry t : Profile.guard(store::transcripts)) {
            transcripts.addObject().put("id", t.id()).put("conversation", t.conversation()).put("role", t.role())
                    .put("content", t.content()).put("created", t.created().toString());
        }
        ArrayNode audit = root.putArray("audit");
        for (AuditEntry a : Profile.guard(store::auditEntries)) {
            audit.addObject().put("seq", a.seq()).put("at", a.at().toString()).put("kind", a.kind())
                    .put("subject", a.subject()).put("hash", a.hash());
        }
        return root;
    }

    /** Provenance is JSON by convention; anything else is exported as the string it is. */
    static JsonNode json(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node == null ? MAPPER.getNodeFactory().textNode(text) : node;
        } catch (JsonProcessingException e) {
            return MAPPER.getNodeFactory().textNode(text);
        }
    }
}
