package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import java.util.List;

/** One hazard family's rules over a prepared prompt; adds what it finds to {@code out}. */
interface CategoryDetector {
    void detect(Prompt prompt, List<Detection> out);
}
