/**
 * The optional model layer of the guard: a guard model (e.g. Llama Guard 3 1B) or the chat model itself, asked
 * with a grammar that forces one hazard label, layered on top of the deterministic guard so it can only add
 * detections. Off unless the user names a guard model.
 */
package dev.ambit.engine.guard.model;
