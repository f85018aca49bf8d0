package dev.ambit.engine.prefs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An online Bradley–Terry model over one dimension's values: each value has a utility, and "a preferred over
 * b" moves them apart by a logistic gradient step. Every update first shrinks all utilities toward zero, so
 * recent evidence weighs more than old (people change).
 */
final class DimensionModel {
    /** Shrink factor applied before each update: evidence n updates old counts about 0.9^n. */
    static final double DECAY = 0.9;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Double> utility = new LinkedHashMap<>();
    private int evidence;

    int evidence() {
        return evidence;
    }

    double utility(String value) {
        return utility.getOrDefault(value, 0.0);
    }

    /** One observation that {@code winner} is preferred to {@code loser}, with step size {@code rate}. */
    void prefer(String winner, String loser, double rate) {
        decay();
        step(winner, loser, rate);
        evidence++;
    }

    /** One observation that {@code winner} is preferred to every other value in {@code domain}. */
    void preferOver(String winner, List<String> domain, double rate) {
        decay();
        for (String other : domain) {
            if (!other.equals(winner)) {
                step(winner, other, rate);
            }
        }
        evidence++;
    }

    /** One observation that every other value in {@code domain} is preferred to {@code loser}. */
    void dispreferAgainst(String loser, List<String> domain, double rate) {
        decay();
        for (String other : domain) {
            if (!other.equals(loser)) {
                step(other, loser, rate);
            }
        }
        evidence++;
    }

    private void step(String winner, String loser, double rate) {
        double p = sigmoid(utility(winner) - utility(loser));
        double delta = rate * (1 - p);
        utility.put(winner, utility(winner) + delta);
        utility.put(loser, utility(loser) - delta);
    }

    private void decay() {
        utility.replaceAll((k, v) -> v * DECAY);
    }

    /** The values of {@code domain} ordered from most to least preferred (stable for ties). */
    List<String> ranking(List<String> domain) {
        List<String> sorted = new ArrayList<>(domain);
        sorted.sort(Comparator.comparingDouble(this::utility).reversed());
        return sorted;
    }

    /**
     * How sure the model is of its top value within {@code domain}: the softmax probability of the top value,
     * rescaled so that 0 means all values equally likely and 1 means certainty.
     */
    double confidence(List<String> domain) {
        if (domain.size() < 2) {
            return 1;
        }
        double max = domain.stream().mapToDouble(this::utility).max().orElse(0);
        double sum = domain.stream().mapToDouble(v -> Math.exp(utility(v) - max)).sum();
        double top = 1 / sum;
        double chance = 1.0 / domain.size();
        return Math.max(0, Math.min(1, (top - chance) / (1 - chance)));
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    String toJson() {
        // Written by hand: this runs on every update, and the keys are dimension values (plain ASCII words).
        StringBuilder json = new StringBuilder("{\"evidence\":").append(evidence).append(",\"utility\":{");
        String separator = "";
        for (Map.Entry<String, Double> e : utility.entrySet()) {
            json.append(separator).append('"').append(e.getKey()).append("\":").append(e.getValue());
            separator = ",";
        }
        return json.append("}}").toString();
    }

    static DimensionModel fromJson(String json) {
        DimensionModel model = new DimensionModel();
        try {
            JsonNode node = JSON.readTree(json);
            model.evidence = Math.max(0, node.path("evidence").asInt(0));
            for (Map.Entry<String, JsonNode> e : node.path("utility").properties()) {
                double v = e.getValue().asDouble(0);
                if (Double.isFinite(v)) {
                    model.utility.put(e.getKey(), v);
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("learner evidence is not valid JSON: " + e.getOriginalMessage(), e);
        }
        return model;
    }
}
