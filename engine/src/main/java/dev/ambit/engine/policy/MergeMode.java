package dev.ambit.engine.policy;

/** What merging does with a lower tier that tries to widen a higher one. */
public enum MergeMode {
    /** Widening is an error ({@code policy verify}, organisation policies): the whole merge fails. */
    STRICT,
    /** The widening bound is ignored and a warning recorded; the higher tier's bound stands. */
    LENIENT
}
