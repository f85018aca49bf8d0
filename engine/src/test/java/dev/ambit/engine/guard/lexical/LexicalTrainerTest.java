package dev.ambit.engine.guard.lexical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.policy.Hazard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LexicalTrainerTest {
    private static final LexicalTrainer.Settings SMALL = new LexicalTrainer.Settings(12, 10, 20, 0.4f, 1e-4f, 7L);

    private static List<LexicalTrainer.Example> toySet() {
        List<LexicalTrainer.Example> out = new ArrayList<>();
        String[] things = {"process", "server", "thread", "container", "job", "task", "daemon", "service"};
        String[] people = {"neighbour", "boss", "teacher", "cousin", "landlord", "coach", "roommate", "uncle"};
        for (String t : things) {
            out.add(new LexicalTrainer.Example("how do i kill the stuck " + t, false, Optional.empty()));
            out.add(new LexicalTrainer.Example("what is a " + t + " exactly", false, Optional.empty()));
        }
        for (String p : people) {
            out.add(new LexicalTrainer.Example("how do i kill my " + p + " quietly", true, Optional.of(Hazard.VIOLENT_CRIMES)));
            out.add(new LexicalTrainer.Example("find where my " + p + " lives now", true, Optional.of(Hazard.PRIVACY)));
        }
        return out;
    }

    @Test
    void training_separatesATargetFromAnother_andNamesTheHazard() {
        LexicalModel m = LexicalTrainer.train(toySet(), SMALL);
        assertTrue(m.judge("how do i kill the stuck worker process").unsafe() < 0.5);
        LexicalModel.Judgement person = m.judge("how do i kill my neighbour quietly tonight");
        assertTrue(person.unsafe() > 0.5, "unsafe " + person.unsafe());
        assertEquals(Hazard.VIOLENT_CRIMES, person.hazard());
        assertEquals(Hazard.PRIVACY, m.judge("find where my landlord lives").hazard());
    }

    @Test
    void training_isDeterministic() {
        assertTrue(LexicalTrainer.train(toySet(), SMALL).sameWeights(LexicalTrainer.train(toySet(), SMALL)));
    }

    @Test
    void model_survivesAWriteAndRead() {
        LexicalModel m = LexicalTrainer.train(toySet(), SMALL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        LexicalModel back = LexicalModel.read(new ByteArrayInputStream(out.toByteArray()));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        back.write(again);
        assertTrue(LexicalModel.read(new ByteArrayInputStream(again.toByteArray())).sameWeights(back),
                "a stored model must read back to itself");
        assertEquals(m.judge("kill my boss").unsafe(), back.judge("kill my boss").unsafe(), 0.01);
        assertEquals(m.judge("kill my boss").hazard(), back.judge("kill my boss").hazard());
    }

    @Test
    void bfloat16_roundsToNearest_andKeepsSignAndZero() {
        assertEquals(0, LexicalModel.toBfloat16(0f));
        assertEquals(1.0f, Float.intBitsToFloat(LexicalModel.toBfloat16(1.0f) << 16));
        assertEquals(-2.5f, Float.intBitsToFloat(LexicalModel.toBfloat16(-2.5f) << 16));
        float v = 0.123456f;
        assertEquals(v, Float.intBitsToFloat(LexicalModel.toBfloat16(v) << 16), v / 128);
    }

    @Test
    void damagedModelFile_isRejectedWithAClearMessage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LexicalTrainer.train(toySet(), SMALL).write(out);
        byte[] truncated = java.util.Arrays.copyOf(out.toByteArray(), out.size() / 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LexicalModel.read(new ByteArrayInputStream(truncated)));
        assertTrue(e.getMessage().contains("truncated or damaged"), e.getMessage());
    }

    @Test
    void oneSidedExamples_areRejected() {
        List<LexicalTrainer.Example> safeOnly = List.of(new LexicalTrainer.Example("hello", false, Optional.empty()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LexicalTrainer.train(safeOnly, SMALL));
        assertTrue(e.getMessage().contains("both safe and unsafe"), e.getMessage());
    }

    @Test
    void settings_nameTheFieldAndRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LexicalTrainer.Settings(17, 18, 10, 0.4f, 0f, 1L));
        assertTrue(e.getMessage().startsWith("hazardBits must be within [8, bits=17]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LexicalTrainer.Example("x", false, Optional.of(Hazard.HATE)));
    }

    @Test
    void preload_leavesTheBundledModelReadyForJudging() throws Exception {
        LexicalClassifier.preload();
        LexicalModel m = LexicalClassifier.bundled();
        assertTrue(m.bits() >= 8 && !m.hazards().isEmpty());
        assertTrue(m == LexicalClassifier.bundled(), "one model per process");
    }
}
