package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.Dimension;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Learns the profile from statements, thumbs and pairwise choices, inside the bounds. Every value it stores is
 * either an admitted candidate's value or the best of the values the bounds permit, so nothing outside the
 * bounds is ever written. Not thread-safe.
 */
public final class PreferenceLearner {
    /** Dimensions a pair of replies can visibly differ on, so the user can compare them. */
    public static final Set<Dimension> COMPARABLE = Collections.unmodifiableSet(EnumSet.of(Dimension.VERBOSITY,
            Dimension.FORMAT, Dimension.EMOJI, Dimension.EXPERTISE, Dimension.FORMALITY, Dimension.EXAMPLES, Dimension.HUMOUR,
            Dimension.TONE));
    /**
     * A learned (not stated) value becomes a profile item once the learner is at least this sure of it; the crash
     * test reads it to know which stored evidence must have its value beside it.
     */
    public static final double STORE_CONFIDENCE = 0.2;

    private final Profile profile;
    private final PreferenceBounds bounds;
    private final Clock clock;
    private final StatementExtractor extractor = new StatementExtractor();
    private ModelStatementExtractor modelExtractor;
    private final Map<String, Candidate> awaitingConsent = new LinkedHashMap<>();
    private boolean paused;
    private BooleanSupplier pausedElsewhere = () -> false;

    public PreferenceLearner(Profile profile, PreferenceBounds bounds, Clock clock) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.bounds = Objects.requireNonNull(bounds, "bounds");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Pauses or resumes learning (the store's {@code learning_paused} setting): while paused, statements,
     * thumbs and choices change nothing and the profile is only applied.
     */
    public void pause(boolean pause) {
        this.paused = pause;
    }

    /**
     * Also pauses learning whenever {@code source} says so, asked afresh before each update: another process
     * ({@code ambit profile pause} in a second terminal) may pause a chat that is already running.
     */
    public void pauseWhen(BooleanSupplier source) {
        this.pausedElsewhere = Objects.requireNonNull(source, "source");
    }

    public boolean paused() {
        return paused || pausedElsewhere.getAsBoolean();
    }

    public Profile profile() {
        return profile;
    }

    public PreferenceBounds bounds() {
        return bounds;
    }

    /**
     * Lets a model-based extractor add candidates to what the rules find in statements (opt-in; null turns it
     * off). Its candidates pass the same bounds check; thumbs' reasons are still read by the rules only, so a
     * rating never waits on the model.
     */
    public void useModelExtractor(ModelStatementExtractor modelExtractor) {
        this.modelExtractor = modelExtractor;
    }

    /** The model-based extractor in use, if any (e.g. to report why it added nothing). */
    public Optional<ModelStatementExtractor> modelExtractor() {
        return Optional.ofNullable(modelExtractor);
    }

    /** How {@code text} would change the profile, without changing it (the dry run). */
    public List<Admission> preview(String text) {
        return check(candidates(text));
    }

    /** Learns from an explicit statement; returns the decision on each candidate it held. */
    public List<Admission> learn(String text, int turn) {
        return learn(candidates(text), turn);
    }

    private List<Candidate> candidates(String text) {
        // The grammar follows the bounds of the moment, so a dimension they lock is never offered to the model.
        return modelExtractor == null ? extractor.extract(text) : modelExtractor.extract(text, ExtractorGrammar.forBounds(bounds));
    }

    private List<Admission> check(List<Candidate> candidates) {
        return candidates.stream().map(c -> Admissibility.check(c, bounds)).toList();
    }

    /**
     * Learns from candidates found elsewhere (e.g. a model-based extractor): each one passes the same bounds
     * check as a statement's.
     */
    public List<Admission> learn(List<Candidate> candidates, int turn) {
        List<Admission> admissions = check(candidates);
        if (paused()) {
            return admissions;
        }
        for (Admission a : admissions) {
            // A model's proposal says so in its provenance, so "why do you think that?" can answer honestly.
            apply(a, a.candidate().origin() == Candidate.Origin.MODEL ? "model" : "statement", turn);
        }
        return admissions;
    }

    /**
     * The user sets a dimension directly ({@code profile set}): checked against the bounds like a statement and
     * stored, clamped if need be, with source {@code set}. Applies while learning is paused too: it is the user's
     * own choice, not something learned.
     */
    public Admission set(Dimension dimension, String value) {
        Admission a = Admissibility.check(Candidate.of(dimension, value, "set " + dimension.id() + " " + value), bounds);
        apply(a, "set", 0);
        return a;
    }

    /** Facts that wait for the user's explicit consent, by name. */
    public Map<String, Candidate> awaitingConsent() {
        return Map.copyOf(awaitingConsent);
    }

    /** Stores a needs-consent fact after the user confirmed it; empty when nothing of that name waits. */
    public Optional<Admission> confirm(String fact, int turn) {
        Candidate c = paused() ? null : awaitingConsent.remove(fact);
        if (c == null) {
            return Optional.empty();
        }
        Admission a = Admissibility.checkConsented(c, bounds);
        apply(a, "statement", turn);
        return Optional.of(a);
    }

    /** The user said no to remembering a needs-consent fact: it is dropped, never stored. */
    public boolean decline(String fact) {
        return awaitingConsent.remove(fact) != null;
    }

    /**
     * A thumbs up or down on a reply. A reason that names a preference ("too long") is learned as a statement and
     * the rating attributed to that dimension only; otherwise the rating is attributed to every feature the
     * reply exhibits.
     */
    public List<Admission> feedback(ReplyFeatures features, boolean up, String reason, int turn) {
        if (paused()) {
            return List.of();
        }
        List<Admission> fromReason = reason == null || reason.isBlank() ? List.of() : check(extractor.extract(reason));
        boolean reasonNamesDimension = fromReason.stream().anyMatch(a -> a.candidate().isDimension());
        if (reasonNamesDimension) {
            for (Admission a : fromReason) {
                apply(a, "feedback", turn);
            }
            return fromReason;
        }
        List<Admission> stored = new ArrayList<>();
        features.observed().forEach((d, seen) -> {
            List<String> domain = domain(d);
            if (domain.size() < 2 || !domain.contains(seen)) {
                return;
            }
            profile.model(d).rate(seen, up, domain);
            refresh(d, "feedback", turn).ifPresent(stored::add);
        });
        return stored;
    }

    /** The user picked one of the two replies of {@code comparison}. */
    public Optional<Admission> choose(Comparison comparison, boolean pickedA, int turn) {
        if (paused()) {
            return Optional.empty();
        }
        Dimension d = comparison.dimension();
        String winner = pickedA ? comparison.a() : comparison.b();
        String loser = pickedA ? comparison.b() : comparison.a();
        List<String> domain = domain(d);
        if (!domain.contains(winner) || !domain.contains(loser)) {
            return Optional.empty();
        }
        profile.model(d).prefer(winner, loser, domain);
        return refresh(d, "choice", turn);
    }

    /**
     * The comparison that teaches the most: the pair of values, on the comparable dimension the learner is least
     * sure of, whose pick is expected to tell it the most (expected information gain under its posterior).
     */
    public Optional<Comparison> nextComparison() {
        return nextComparison(COMPARABLE);
    }

    /** Like {@link #nextComparison()}, among {@code among} only (e.g. the dimensions a reply can show). */
    public Optional<Comparison> nextComparison(Set<Dimension> among) {
        Comparison best = null;
        double bestGain = -1;
        for (Dimension d : Dimension.values()) {
            List<String> domain = among.contains(d) ? domain(d) : List.of();
            if (domain.size() < 2) {
                continue;
            }
            DimensionModel model = profile.model(d);
            // Most probable first, so a pair's a is the learner's current favourite of the two.
            List<String> ranking = model.ranking(domain);
            for (int i = 0; i < ranking.size(); i++) {
                for (int j = i + 1; j < ranking.size(); j++) {
                    double gain = model.informationGain(ranking.get(i), ranking.get(j), domain);
                    if (gain > bestGain + 1e-12) {
                        bestGain = gain;
                        best = new Comparison(d, ranking.get(i), ranking.get(j), model.confidence(domain));
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The learner's current best value of a comparable dimension and its confidence. */
    public Optional<String> estimate(Dimension d) {
        List<String> domain = domain(d);
        return domain.isEmpty() ? Optional.empty() : Optional.of(profile.model(d).ranking(domain).get(0));
    }

    public double confidence(Dimension d) {
        return profile.model(d).confidence(domain(d));
    }

    /**
     * How many observations (statements, feedback, choices) the learner holds on {@code d}: it only grows, and
     * each one is written to the store before the learner returns, so a caller can tell a client exactly which
     * state has been made durable.
     */
    public int evidence(Dimension d) {
        return profile.model(d).evidence();
    }

    /** The values of a closed dimension that the bounds permit; empty for open dimensions. */
    List<String> domain(Dimension d) {
        DimensionRule rule = bounds.dimension(d);
        return d.vocabulary().stream().filter(rule::permits).toList();
    }

    private void apply(Admission a, String source, int turn) {
        Candidate c = a.candidate();
        if (a.status() == Admission.Status.NEEDS_CONSENT) {
            awaitingConsent.put(c.name(), c);
            return;
        }
        if (!a.storable()) {
            return;
        }
        if (c.isDimension()) {
            Dimension d = c.dimension();
            List<String> domain = domain(d);
            int count = profile.dimension(d).map(i -> i.provenance().evidenceCount() + 1).orElse(1);
            // One time for the update's evidence and value: equal times show they were written by the same update.
            Instant now = clock.instant();
            if (domain.contains(a.value())) {
                profile.model(d).state(a.value(), domain);
                double confidence = profile.model(d).confidence(domain);
                profile.saveUpdate(d, provenance(source, turn, 1, 1, c.evidence(), now),
                        Optional.of(new ProfileItem(ProfileItem.Kind.DIMENSION, d.id(), a.value(),
                                provenance(source, turn, count, confidence, c.evidence(), now))));
            } else {
                profile.put(new ProfileItem(ProfileItem.Kind.DIMENSION, d.id(), a.value(),
                        provenance(source, turn, count, 1, c.evidence(), now)));
            }
        } else {
            awaitingConsent.remove(c.name());
            int count = Optional.ofNullable(profile.facts().get(c.name())).map(i -> i.provenance().evidenceCount() + 1).orElse(1);
            // An identifier's minimised value is all that is kept; its statement would repeat it whole.
            String evidence = c.isIdentifier() ? "" : c.evidence();
            profile.put(new ProfileItem(ProfileItem.Kind.FACT, c.name(), a.value(),
                    provenance(source, turn, count, 1, evidence)));
        }
    }

    /** Stores the learned top value once the learner is sure enough, always one the bounds permit. */
    private Optional<Admission> refresh(Dimension d, String source, int turn) {
        List<String> domain = domain(d);
        DimensionModel model = profile.model(d);
        double confidence = model.confidence(domain);
        Provenance provenance = provenance(source, turn, model.evidence(), confidence, "", clock.instant());
        Optional<Admission> admitted = Optional.empty();
        if (confidence >= STORE_CONFIDENCE) {
            String top = model.ranking(domain).get(0);
            admitted = Optional.of(Admissibility.check(Candidate.of(d, top, source), bounds))
                    .filter(Admission::storable);
        }
        profile.saveUpdate(d, provenance, admitted.map(a ->
                new ProfileItem(ProfileItem.Kind.DIMENSION, d.id(), a.value(), provenance)));
        return admitted;
    }

    private Provenance provenance(String source, int turn, int count, double confidence, String evidence) {
        return provenance(source, turn, count, confidence, evidence, clock.instant());
    }

    private Provenance provenance(String source, int turn, int count, double confidence, String evidence,
            Instant time) {
        // The user's words are kept as evidence, but never an identifier in them: those are minimised facts.
        return new Provenance(source, Math.max(0, turn), time, Math.max(1, count), confidence,
                Identifiers.redact(evidence));
    }
}
