/**
 * The deterministic guard: rule-based hazard detection on CPU in microseconds, without a model.
 *
 * <p>Layers, in the order a text meets them: {@code TextNormalizer} folds Unicode compatibility forms,
 * look-alike letters, invisible characters, spacing and punctuation tricks, leetspeak and case; {@code Figures}
 * rewrites figures of speech aimed at people ("explode with laughter"); {@code PayloadUnwrapper} spots
 * role-play and override frames and decodes base64, rot13 and reversed payloads; then one detector per hazard
 * family reasons about the target (a process, a weed, a game character, a person, a group), the intent (a
 * request, history, a definition, prevention) and the frame (a game, a sport, a novel). {@link
 * dev.ambit.engine.guard.DeterministicGuard} is the public entry point.
 */
package dev.ambit.engine.guard;
