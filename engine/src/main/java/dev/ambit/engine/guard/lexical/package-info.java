/**
 * The guard's learned lexical layer: a logistic regression over hashed word n-grams that judges an input where no
 * rule fired, trained deterministically on the project's own labelled prompts and shipped as weights in the jar.
 * It can only add refusals.
 */
package dev.ambit.engine.guard.lexical;
