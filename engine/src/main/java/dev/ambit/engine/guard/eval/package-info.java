/**
 * Evaluation of a hazard detector on a labelled CSV set: confusion table, precision, recall and over-refusal
 * overall, per prompt type and per category, the misjudged prompts, and latency per KiB of prompt.
 */
package dev.ambit.engine.guard.eval;
