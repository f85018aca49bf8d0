package dev.ambit.cli.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ambit.engine.prefs.Admission;
import dev.ambit.engine.prefs.Candidate;
import java.util.List;

/** The JSON shape of a preference candidate and the bounds' decision on it, shared by profile learn and headless. */
public final class AdmissionJson {
    private AdmissionJson() {}

    /**
     * {@code {"dimension" or "fact": name, "value", "status", "bound", "tier", "source", "note", "extractor"}};
     * {@code requested} appears when clamping or minimising changed the value; bound, tier and source (the bound's)
     * are null when no bound applied; extractor is {@code rules} or {@code model} (the optional model-based
     * extractor proposed it).
     */
    public static ObjectNode toJson(Admission a) {
        Candidate c = a.candidate();
        ObjectNode node = ReplyJson.MAPPER.createObjectNode();
        node.put(c.isDimension() ? "dimension" : "fact", c.name());
        node.put("value", a.value());
        if (!a.value().equals(c.value()) && !c.isIdentifier()) {
            node.put("requested", c.value());
        }
        if (!c.isDimension()) {
            node.put("category", c.isInstruction() ? "instruction" : c.category() == null ? "general" : c.category().id());
        }
        node.put("status", a.status().wireName());
        if (a.bound() != null) {
            node.put("bound", a.bound().id()).put("tier", a.bound().tier()).put("source", a.bound().source());
        } else {
            node.putNull("bound").putNull("tier").putNull("source");
        }
        node.put("note", a.note());
        node.put("extractor", c.origin().wireName());
        return node;
    }

    public static ArrayNode toJson(List<Admission> admissions) {
        ArrayNode array = ReplyJson.MAPPER.createArrayNode();
        admissions.forEach(a -> array.add(toJson(a)));
        return array;
    }
}
