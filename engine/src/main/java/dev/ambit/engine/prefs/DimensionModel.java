package dev.ambit.engine.prefs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ambit.engine.policy.Dimension;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * A Bayesian posterior over which of one dimension's values is the user's own, kept as a log-weight per value.
 * A choice between two values is read as a noisy Bradley–Terry comparison: the user picks the value nearer their
 * own (on an ordered dimension; on an unordered one, their own value) except for slips, and is indifferent
 * between two values equally far from it. Before each update every log-weight shrinks toward zero (tempering
 * toward uniform), so recent evidence weighs more than old (people change). Not thread-safe.
 */
final class DimensionModel {
    /** Tempering per update: after n newer observations an old one counts about 0.9^n. */
    static final double DECAY = 0.9;
    /** How often the learner assumes a user picks against their own preference (misclicks, mood, a reply's content). */
    static final double SLIP = 0.15;
    /** The chance a stated value is not the user's own after all (a misread statement). */
    static final double STATEMENT_DOUBT = 0.02;
    /**
     * Chance of a thumbs up when the reply showed the user's own value, and when it showed another one: a rating
     * of the whole reply still counts strongly for each of its features (tuned on LearningSimulationTest's
     * thumbs-only users; weaker attribution learned more slowly).
     */
    static final double LIKED_OWN = 0.8;
    static final double LIKED_OTHER = 0.2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Dimension dimension;
    private final Map<String, Double> logWeight = new LinkedHashMap<>();
    private int evidence;

    DimensionModel(Dimension dimension) {
        this.dimension = Objects.requireNonNull(dimension, "dimension");
    }

    int evidence() {
        return evidence;
    }

    double logWeight(String value) {
        return logWeight.getOrDefault(value, 0.0);
    }

    /** The user picked {@code winner} over {@code loser}. */
    void prefer(String winner, String loser, List<String> domain) {
        update(domain, own -> pick(own, winner, loser));
    }

    /** The user stated {@code value} as their own. */
    void state(String value, List<String> domain) {
        update(domain, own -> own.equals(value) ? 1 : STATEMENT_DOUBT);
    }

    /** A thumbs up or down on a reply that showed {@code shown}, attributed to this dimension's feature. */
    void rate(String shown, boolean up, List<String> domain) {
        update(domain, own -> {
            double liked = own.equals(shown) ? LIKED_OWN : LIKED_OTHER;
            return up ? liked : 1 - liked;
        });
    }

    /** Probability that a user whose own value is {@code own} picks {@code a} over {@code b}. */
    double pick(String own, String a, String b) {
        int da = distance(own, a);
        int db = distance(own, b);
        return da == db ? 0.5 : da < db ? 1 - SLIP : SLIP;
    }

    private int distance(String own, String value) {
        return dimension.ordered() ? Math.abs(dimension.rank(own) - dimension.rank(value)) : own.equals(value) ? 0 : 1;
    }

    private void update(List<String> domain, ToDoubleFunction<String> likelihood) {
        logWeight.replaceAll((k, v) -> v * DECAY);
        for (String own : domain) {
            logWeight.put(own, logWeight(own) + Math.log(likelihood.applyAsDouble(own)));
        }
        evidence++;
    }

    /** The posterior probability of each value of {@code domain} (in domain order), summing to 1. */
    double[] posterior(List<String> domain) {
        double max = domain.stream().mapToDouble(this::logWeight).max().orElse(0);
        double[] p = domain.stream().mapToDouble(v -> Math.exp(logWeight(v) - max)).toArray();
        double sum = 0;
        for (double x : p) {
            sum += x;
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /**
     * The expected information (in nats) the user's pick between {@code a} and {@code b} gives about their own
     * value: the entropy of the predicted pick minus the entropy left given each possible own value.
     */
    double informationGain(String a, String b, List<String> domain) {
        double[] p = posterior(domain);
        double pickA = 0;
        double noise = 0;
        for (int i = 0; i < p.length; i++) {
            double l = pick(domain.get(i), a, b);
            pickA += p[i] * l;
            noise += p[i] * entropy(l);
        }
        return entropy(pickA) - noise;
    }

    private static double entropy(double p) {
        return p <= 0 || p >= 1 ? 0 : -(p * Math.log(p) + (1 - p) * Math.log(1 - p));
    }

    /** The values of {@code domain} ordered from most to least probable (stable for ties). */
    List<String> ranking(List<String> domain) {
        List<String> sorted = new ArrayList<>(domain);
        sorted.sort(Comparator.comparingDouble(this::logWeight).reversed());
        return sorted;
    }

    /**
     * How sure the model is of its top value within {@code domain}: the posterior probability of the top value,
     * rescaled so that 0 means all values equally likely and 1 means certainty.
     */
    double confidence(List<String> domain) {
        if (domain.size() < 2) {
            return 1;
        }
        double top = 0;
        for (double x : posterior(domain)) {
            top = Math.max(top, x);
        }
        double chance = 1.0 / domain.size();
        return Math.max(0, Math.min(1, (top - chance) / (1 - chance)));
    }

    String toJson() {
        // Written by hand: this runs on every update, and the keys are dimension values (plain ASCII words).
        StringBuilder json = new StringBuilder("{\"evidence\":").append(evidence).append(",\"log_weight\":{");
        String separator = "";
        for (Map.Entry<String, Double> e : logWeight.entrySet()) {
            json.append(separator).append('"').append(e.getKey()).append("\":").append(e.getValue());
            separator = ",";
        }
        return json.append("}}").toString();
    }

    /**
     * Reads {@link #toJson()}. Evidence stored by the earlier Bradley–Terry learner ({@code utility}) is read as
     * log-weights: a utility was already a log-odds score per value, so the ranking it held carries over.
     */
    static DimensionModel fromJson(Dimension dimension, String json) {
        DimensionModel model = new DimensionModel(dimension);
        try {
            JsonNode node = JSON.readTree(json);
            model.evidence = Math.max(0, node.path("evidence").asInt(0));
            JsonNode weights = node.has("log_weight") ? node.path("log_weight") : node.path("utility");
            for (Map.Entry<String, JsonNode> e : weights.properties()) {
                double v = e.getValue().asDouble(0);
                if (Double.isFinite(v)) {
                    model.logWeight.put(e.getKey(), v);
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("learner evidence is not valid JSON: " + e.getOriginalMessage(), e);
        }
        return model;
    }
}
