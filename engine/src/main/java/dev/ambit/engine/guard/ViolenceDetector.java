package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.Set;

/**
 * Verbs of violence judged by their target and intent: "kill a process" and "kill time" pass, "kill my
 * neighbour" does not; a history question, a definition or a scene in a game or a novel passes too.
 */
final class ViolenceDetector implements CategoryDetector {
    private static final Set<String> HANG_PARTICLES = Lexicon.words(
            "out", "around", "up", "on", "with", "in", "over", "onto");
    private static final Set<String> DETERMINERS = Lexicon.words(
            "a", "an", "the", "this", "that", "these", "those", "his", "its", "their", "our", "your", "some", "any",
            "no", "every", "each", "another", "one", "first", "second", "mass", "serial", "attempted",
            // Question words before a noun ("what poison", "quel poison", "which shot"): the word is a noun here.
            "what", "which", "whose", "quel", "quelle", "quels", "quelles");
    private static final Set<String> EXPLOSIVE = Lexicon.words(
            "blow", "bomb", "explode", "firebomb", "torch", "nuke", "set", "burn", "gas", "obliterate", "wipe",
            "annihilate", "decimate", "attack", "massacre", "level", "raze", "poison", "contaminate",
            "infect");
    /** "poison-proof", "kill-switch": the verb is part of a compound noun or adjective. */
    private static final Set<String> COMPOUND_TAILS = Lexicon.words("proof", "resistant", "free", "switch", "zone",
            "control", "ivy", "oak", "sumac", "centre", "center", "hotline", "helpline");
    private static final Set<String> NARRATOR_SUBJECTS = Lexicon.words("he", "she", "it", "who", "that", "which");
    private static final Set<String> HARASS = Lexicon.words(
            "harass", "bully", "stalk", "humiliate", "terrorize", "terrorise", "torment", "dox");
    private static final Set<String> CRUEL = Lexicon.words(
            "drown", "torture", "burn", "starve", "poison", "beat", "kick", "strangle", "hang", "stab", "suffocate",
            "mutilate", "set", "bludgeon", "choke", "hammer", "torch");
    static final Set<String> PETS = Lexicon.words(
            "kitten", "kittens", "puppy", "puppies", "dog", "dogs", "cat", "cats", "horse", "horses", "pet", "pets",
            "hamster", "parrot", "pony", "rabbit", "rabbits", "bunny", "ferret", "tortoise", "turtle", "goldfish",
            "budgie", "canary", "chicken", "chickens", "hens", "goat", "goats", "sheep", "pig", "pigs", "cow", "cows",
            "donkey", "duck", "ducks", "gerbil", "guinea", "lamb", "alpaca", "cockatoo", "bird", "birds");
    private static final Set<String> PROPERTY_DAMAGE = Lexicon.words(
            "smash", "destroy", "slash", "wreck", "demolish", "burn", "torch", "blow", "bomb", "explode", "crush",
            "break", "ruin", "set", "firebomb", "hammer", "crack", "shatter");
    private static final Set<String> SEXUAL = Lexicon.words("rape", "molest", "assault", "drug", "sedate");
    private static final Set<String> CHILD = Lexicon.words(
            "child", "children", "kid", "kids", "baby", "babies", "toddler", "toddlers", "infant", "boy", "boys",
            "girl", "girls", "teen", "teenager", "minor", "minors");
    private static final Set<String> BLOW_NOUNS = Lexicon.words(
            "headshot", "punch", "blow", "kick", "beating", "slap", "uppercut", "stab", "kicking", "hiding",
            "black eye", "bullet", "knockout");
    private static final Set<String> DELIVER = Lexicon.words(
            "give", "giving", "land", "landing", "deliver", "delivering", "throw", "throwing", "put", "shoot", "fire");

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        for (Sentence s : prompt.distinct) {
            if (!Lexicon.mentionsAny(CUES, s.words)) {
                continue;
            }
            for (int i = 0; i < s.size(); i++) {
                String base = Lexicon.HARM_VERB.get(s.word(i));
                if (base != null && !s.tokens.get(i).possessive() && !DETERMINERS.contains(s.word(i - 1))
                        && !inTitle(prompt, s, i)) {
                    verb(prompt, s, i, base, out);
                }
                if (ATTACK_NOUNS.contains(s.word(i)) && ON.contains(s.word(i + 1))) {
                    attackOn(prompt, s, i, out);
                }
                if (BLOW_NOUNS.contains(s.word(i))) {
                    blow(prompt, s, i, out);
                }
                if (FIREARMS.contains(s.word(i))) {
                    firedAt(prompt, s, i, out);
                }
                if ((s.word(i).equals("disappear") || s.word(i).equals("vanish")) && madePersonVanish(s, i)
                        && intends(prompt, s, i) && !prompt.excused(s) && !s.protective()) {
                    out.add(new Detection(Hazard.VIOLENT_CRIMES, "violence.make-person-disappear", 1));
                }
            }
        }
    }

    private static void verb(Prompt prompt, Sentence s, int i, String base, List<Detection> out) {
        if (!complementPresent(s, i, base) || COMPOUND_TAILS.contains(s.word(i + 1))) {
            return;
        }
        int[] end = new int[1];
        Target target = Target.classify(prompt, s, i, end);
        // "a list of people to shoot": the person before "to" is the object; not "teach my wife to shoot a pistol".
        if (target == Target.OTHER && (end[0] <= i + 1 || REFLEXIVES.contains(s.word(i + 1))) && s.word(i - 1).equals("to")
                && (Lexicon.isPerson(s.word(i - 2))
                || Target.isGroup(s, i - 3))) {
            target = Target.PERSON;
        }
        if (AVOIDING.contains(s.word(i - 1)) && PETS.contains(s.word(end[0] - 1))) {
            return; // "get rid of the mice without poisoning my cat": the animal is what the speaker protects
        }
        if (target == Target.OTHER && CRUEL.contains(base) && PETS.contains(s.word(end[0] - 1))
                && intends(prompt, s, i) && !prompt.excused(s) && !s.protective()) {
            out.add(new Detection(Hazard.NON_VIOLENT_CRIMES, "animal-cruelty." + base, 1));
            return;
        }
        // Someone else's animal: any verb of harm aimed at it ("finish off my neighbour's rabbit") is cruelty to it.
        if (target == Target.OTHERS_PROPERTY && PETS.contains(s.word(end[0] - 1)) && intends(prompt, s, i) && !prompt.excused(s) && !s.protective()) {
            out.add(new Detection(Hazard.NON_VIOLENT_CRIMES, "animal-cruelty." + base, 1));
            return;
        }
        if (target == Target.OTHER || !intends(prompt, s, i) || base.equals("jump") && target != Target.PERSON) {
            return;
        }
        switch (target) {
            case SELF -> {
                // "lift her without hurting my back", "did I hurt myself?": harm to oneself avoided or asked about.
                boolean avoided = AVOIDING.contains(s.word(i - 1)) || negatedBefore(s, i)
                        || s.word(i - 2).equals("did") && (s.word(i - 1).equals("i") || s.word(i - 1).equals("we"));
                if (!avoided && !s.protective() && !base.equals("beat") && !base.equals("push") && !prompt.helpSeeking()
                        && !s.has(SelfHarmDetector.ACCIDENT) && !InjuryCare.asked(prompt, s) && !(s.has(SelfHarmDetector.NEGATED_ACT) && !s.operational())) {
                    out.add(new Detection(Hazard.SUICIDE_SELF_HARM, "self-harm.act-on-self", 1));
                }
            }
            case PERSON -> {
                // "I don't want to destroy her": the harm named is what the speaker means to avoid.
                if (s.protective() || prompt.excused(s) || InjuryCare.asked(prompt, s) || negatedBefore(s, i)) {
                    return;
                }
                if (SEXUAL.contains(base)) {
                    boolean child = s.tokens.subList(i + 1, end[0]).stream().anyMatch(t -> CHILD.contains(t.word()));
                    out.add(new Detection(child ? Hazard.CHILD_SEXUAL_EXPLOITATION : Hazard.SEX_CRIMES,
                            "sex-crimes.act-on-person", 1));
                    return;
                }
                if (HARASS.contains(base)) {
                    out.add(new Detection(Hazard.NON_VIOLENT_CRIMES, "harassment." + base, 1));
                    return;
                }
                out.add(new Detection(Hazard.VIOLENT_CRIMES, "violence." + base + "-person", 1));
                for (int k = i + 1; k < end[0]; k++) {
                    if (Target.isGroup(s, k)) {
                        out.add(new Detection(Hazard.HATE, "hate.violence-against-group", 1));
                        break;
                    }
                }
            }
            case STRUCTURE -> {
                boolean shootUp = base.equals("shoot") && s.word(i + 1).equals("up");
                if ((EXPLOSIVE.contains(base) || shootUp) && !prompt.excused(s)) {
                    out.add(new Detection(Hazard.VIOLENT_CRIMES, "violence." + base + "-place", 1));
                }
            }
            case OTHERS_PROPERTY -> {
                if (EXPLOSIVE.contains(base) && !prompt.excused(s)) {
                    // Fire and explosives on someone else's property endanger whoever is inside.
                    out.add(new Detection(Hazard.VIOLENT_CRIMES, "violence." + base + "-property", 1));
                } else if (PROPERTY_DAMAGE.contains(base) && !prompt.excused(s)) {
                    out.add(new Detection(Hazard.NON_VIOLENT_CRIMES, "property.damage", 1));
                }
            }
            default -> { }
        }
    }

    /** Verbs that are only violent with a particular complement ("take out", "blow up", "set on fire"). */
    private static boolean complementPresent(Sentence s, int i, String base) {
        String next = s.word(i + 1);
        return switch (base) {
            case "take" -> window(s, i, 6, "out", "hostage", "hostages", "life", "lives");
            case "blow" -> window(s, i, 5, "up");
            case "set", "burn" -> base.equals("burn") || window(s, i, 7, "fire", "alight", "ablaze");
            case "wipe" -> next.equals("out") || window(s, i, 4, "out");
            // "do in my boss", not "things to do in Lisbon".
            case "do" -> next.equals("away") || next.equals("in") && (Lexicon.isPerson(s.word(i + 2))
                    || Target.DETERMINERS.contains(s.word(i + 2)));
            case "get" -> next.equals("rid");
            case "run" -> next.equals("over") || next.equals("down") || window(s, i, 3, "over", "down");
            case "saw" -> window(s, i, 6, "body", "bodies", "corpse", "pieces", "half", "head", "leg", "legs", "arm");
            case "dispose" -> window(s, i, 6, "dead", "body", "bodies", "corpse", "victim");
            case "end", "finish" -> window(s, i, 5, "life", "lives", "off");
            case "hit" -> !next.equals("up") && !next.equals("on");
            case "drown" -> !next.equals("out"); // "drown out the noise"
            case "choke" -> !next.equals("up"); // "choke up on the bat"
            case "rough" -> window(s, i, 3, "up"); // "rough him up", not "a rough draft"
            case "kick" -> !window(s, i, 3, "out") || groupWithin(s, i, 5); // "kick them out of my netflix", not a group
            case "terminate" -> !window(s, i, 4, "employee", "employees", "staff", "worker", "workers", "contract", "contracts",
                    "lease", "subscription", "tenancy", "process", "agreement");
            case "hang" -> !HANG_PARTICLES.contains(next);
            case "knock" -> window(s, i, 5, "out", "unconscious", "down", "cold");
            case "snuff" -> next.equals("out");
            case "bury" -> window(s, i, 5, "body", "bodies", "corpse", "alive", "victim");
            case "blind" -> !next.equals("spot") && !next.equals("date");
            case "mow", "gun" -> next.equals("down");
            case "break" -> !next.equals("into") && !next.equals("in") && !s.word(i + 2).equals("in");
            default -> true;
        };
    }

    private static final Set<String> NEGATIONS = Lexicon.words("don't", "dont", "never", "not", "doesn't", "won't");

    private static final Set<String> INTENDING = Lexicon.words("want", "wanna", "mean", "intend", "plan");

    /** "I don't want it to explode in my face": harm to oneself named as what the speaker does not want. */
    private static boolean negatedBefore(Sentence s, int i) {
        if (!s.word(i - 1).equals("to") && !s.word(i - 2).equals("to")) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(0, i - 5); k--) {
            if (NEGATIONS.contains(s.word(k)) && INTENDING.contains(s.word(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "To Kill a Mockingbird", "Kill Bill", "Breaking Bad": a capitalised verb near another capitalised word, in a
     * prompt that does not capitalise everything, is part of a title.
     */
    private static boolean inTitle(Prompt prompt, Sentence s, int i) {
        return prompt.isName(s.word(i)) && (prompt.isName(s.word(i - 1)) || prompt.isName(s.word(i + 1))
                || prompt.isName(s.word(i + 2)))
                && prompt.names.size() * 2 < prompt.words.size();
    }

    private static boolean groupWithin(Sentence s, int i, int width) {
        for (int k = i + 1; k <= i + width && k < s.size(); k++) {
            if (Target.isGroup(s, k) || Lexicon.GROUP_ADJECTIVE.contains(s.word(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean window(Sentence s, int i, int width, String... words) {
        for (int k = i + 1; k <= i + width && k < s.size(); k++) {
            for (String w : words) {
                if (s.word(k).equals(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A request to do it, not a question about what happened or what a word means. */
    private static boolean intends(Prompt prompt, Sentence s, int verb) {
        if (s.aboutNotDoing()) {
            return false;
        }
        if (ReportedAct.reported(s, verb)) {
            return false;
        }
        String subject = s.word(verb - 1);
        if ((NARRATOR_SUBJECTS.contains(subject) || prompt.isName(subject)) && s.word(verb).endsWith("s")) {
            // "how Macbeth murders Duncan", "she stabs him": a story told, not a request.
            return false;
        }
        boolean pastVerb = Lexicon.PAST_FORMS.contains(s.word(verb));
        return !(pastVerb && !s.firstPerson() && (!s.operational() || askedWhy(s, verb)));
    }

    /** "explain why the Allies bombed Dresden": the reasons for a past act are history, whatever verb asks for them. */
    private static boolean askedWhy(Sentence s, int verb) {
        for (int k = Math.max(0, verb - 6); k < verb; k++) {
            if (s.word(k).equals("why")) {
                return true;
            }
        }
        return false;
    }

    /** "telling her to kill herself": the person before "to" is pushed to harm themselves. */
    private static final Set<String> REFLEXIVES = Lexicon.words("herself", "himself", "themselves", "yourself", "themself");
    static final Set<String> AVOIDING = Lexicon.words("without", "avoid", "avoiding", "not");

    private static final Set<String> FIREARMS = Lexicon.words(
            "gun", "guns", "rifle", "pistol", "shotgun", "shots", "shot", "weapon", "bullets", "bullet", "arrows",
            "arrow", "crossbow", "rounds", "round", "firearm", "revolver");
    private static final Set<String> FIRE_VERBS = Lexicon.words(
            "fire", "firing", "fired", "shoot", "shooting", "point", "pointing", "aim", "aiming", "discharge", "empty",
            "unload");

    /** "make my roommate disappear": "make", then a person, then the verb. */
    private static boolean madePersonVanish(Sentence s, int i) {
        boolean person = false;
        for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
            String w = s.word(k);
            if (Lexicon.isPerson(w) && !s.tokens.get(k).possessive()) {
                person = true;
            }
            if (w.equals("make") || w.equals("making") || w.equals("made")) {
                return person;
            }
        }
        return false;
    }

    /** "fire a gun at my ex's house", "point a rifle at the crowd". */
    private static void firedAt(Prompt prompt, Sentence s, int i, List<Detection> out) {
        boolean fired = FIRE_VERBS.contains(s.word(i - 1)) || FIRE_VERBS.contains(s.word(i - 2))
                || FIRE_VERBS.contains(s.word(i - 3));
        int at = i + 1;
        String w = s.word(at);
        if (!fired || !(w.equals("at") || w.equals("into") || w.equals("toward") || w.equals("towards"))) {
            return;
        }
        Target target = Target.classify(prompt, s, at, new int[1]);
        if (target != Target.OTHER && target != Target.SELF && intends(prompt, s, i) && !prompt.excused(s)
                && !s.protective()) {
            out.add(new Detection(Hazard.VIOLENT_CRIMES, "violence.fire-at-" + target.name().toLowerCase(
                    java.util.Locale.ROOT), 1));
        }
    }

    /** "give someone a headshot", "land a punch on my girlfriend". */
    private static void blow(Prompt prompt, Sentence s, int i, List<Detection> out) {
        boolean delivered = false;
        boolean person = false;
        for (int k = Math.max(0, i - 4); k < Math.min(s.size(), i + 5); k++) {
            if (k != i && DELIVER.contains(s.word(k)) && k < i) {
                delivered = true;
            }
            if (k != i && (Lexicon.isPerson(s.word(k)) || Target.isGroup(s, k))) {
                person = true;
            }
        }
        if (delivered && person && !s.aboutNotDoing() && !s.protective() && !prompt.excused(s)) {
            out.add(new Detection(Hazard.VIOLENT_CRIMES, "violence.blow-to-person", 1));
        }
    }
    /** An attack named as a noun: "an ambush for the courier", "a surprise attack against the guard". */
    private static final Set<String> ATTACK_NOUNS = Lexicon.words(
            "ambush", "attack", "assault", "raid", "hit", "beating", "jumping");
    private static final Set<String> ON = Lexicon.words("on", "against", "for");
    /** Verbs that make the attack the speaker's own project: planning, staging, springing it. */
    private static final Set<String> PLAN_VERBS = Lexicon.words(
            "plan", "planning", "plot", "plotting", "set", "setting", "organise", "organize", "organising", "organizing",
            "stage", "staging", "carry", "launch", "launching", "prepare", "preparing", "lay", "laying", "spring",
            "coordinate", "arrange", "arranging", "mount", "make", "pull");

    /** "lay an ambush for the courier", "stage an attack against the cashier": a planned attack on a person. */
    private static void attackOn(Prompt prompt, Sentence s, int i, List<Detection> out) {
        boolean planned = false;
        for (int k = Math.max(0, i - 4); k < i; k++) {
            planned |= PLAN_VERBS.contains(s.word(k));
        }
        if (!planned) {
            return;
        }
        Target target = Target.classify(prompt, s, i + 1, new int[1]);
        if (target == Target.PERSON && intends(prompt, s, i) && !prompt.excused(s) && !s.protective()) {
            out.add(new Detection(Hazard.VIOLENT_CRIMES, "violence.planned-attack-on-person", 1));
        }
    }

    /**
     * Every word the per-word checks of {@link #detect} start from: a sentence holding none of them is skipped with
     * one bit test, where reading it word by word took four set lookups a word.
     */
    private static final Set<String> CUES = Lexicon.words(java.util.stream.Stream.of(Lexicon.HARM_VERB.keySet(),
            ATTACK_NOUNS, BLOW_NOUNS, FIREARMS, Set.of("disappear", "vanish")).flatMap(Set::stream).toArray(String[]::new));
}
