package dev.ambit.engine.guard;

import java.util.Set;

/** What a harmful verb is aimed at, read from the words after it. */
enum Target {
    /** A person, people or a group: the target that makes an act violent. */
    PERSON,
    /** The speaker's own body or life. */
    SELF,
    /** Something that belongs to another person. */
    OTHERS_PROPERTY,
    /** A building, vehicle or place where people are. */
    STRUCTURE,
    /** The speaker's own things, a process, a weed, a balloon: nothing to guard. */
    OTHER;

    private static final Set<String> LY_NOUNS = Lexicon.words(
            "family", "belly", "bully", "italy", "assembly", "rally", "jelly", "ally");
    /** Possessions that are not things: "break someone's heart", "crush my brother's dreams". */
    private static final Set<String> ABSTRACT = Lexicon.words(
            "heart", "hearts", "dreams", "dream", "confidence", "hopes", "hope", "spirit", "spirits", "ego", "record",
            "records", "feelings", "mood", "plans", "plan", "argument", "arguments", "chances", "chance", "day",
            "night", "time", "streak", "concentration", "focus", "show", "vibe", "game", "score", "attention", "idea",
            "ideas", "thunder", "heart's", "lines", "expectations", "doubts", "fears", "illusions", "bubble");
    private static final Set<String> STOP = Lexicon.words(
            "in", "at", "on", "with", "without", "for", "to", "from", "into", "onto", "by", "during", "so", "because",
            "while", "using", "like", "when", "if", "before", "after", "and", "or", "but", "that", "who", "which", "i",
            "we", "you", "near", "behind", "under", "over", "through", "as", "than", "since", "until", "then", "is",
            "are", "was", "were", "will", "would", "can", "could", "should", "whose", "where", "whom", "without", "they",
            "he", "she", "it", "there", "here", "across", "along", "past", "around", "toward", "towards", "against", "among",
            "between", "inside", "outside", "via", "per", "onto", "upon", "beside", "beyond", "within",
            "secretly", "quickly", "quietly", "slowly", "properly", "today", "tonight", "tomorrow", "now", "off", "up", "out",
            "down", "hostage", "alive",
            "instead", "even", "just", "really", "but");
    private static final Set<String> THING_MODIFIERS = Lexicon.words(
            "egg", "eggs", "tent", "fishing", "ski", "trekking", "curtain", "flag", "laundry", "hash", "eye", "wine");
    /** "poison the landlord's goat soonest": a manner word after the object ends it, unless a determiner leads it in. */
    private static final Set<String> MANNER_TAIL = Lexicon.words(
            "quickest", "fastest", "soonest", "best", "fast", "quick", "easiest", "overnight", "forever", "asap", "instantly",
            "hard", "harder", "enough", "badly", "bad");
    static final Set<String> DETERMINERS = Lexicon.words("the", "a", "an", "my", "our", "his", "her", "their");
    /** "bomb the train station next week": a time after the object ends it, or the week would be the target. */
    private static final Set<String> TIME_TAIL = Lexicon.words(
            "next", "last", "week", "weekend", "morning", "afternoon", "evening", "someday", "sometime", "soon", "later");
    /** Body parts that, named with no owner after a verb of harm, stand for a victim's. */
    private static final Set<String> UNOWNED_VICTIM_PARTS = Lexicon.words(
            "kneecaps", "kneecap", "skulls", "skull", "jaws", "necks", "throats", "windpipe");
    private static final Set<String> IN_PARTICLE_VERBS = Lexicon.words(
            "do", "beat", "kick", "bash", "smash", "knock", "punch", "break", "cave");
    private static final Set<String> PARTICLES = Lexicon.words("up", "out", "down", "off", "in", "away", "apart", "open");
    private static final Set<String> COLLECTIVE = Lexicon.words(
            "group", "groups", "bunch", "lot", "lots", "crowd", "population", "number", "couple", "dozen", "dozens",
            "gang", "hundreds", "thousands", "millions", "members", "heads", "head", "rest", "all", "some", "most",
            "pieces", "half", "handful", "family");

    /** Classifies the object of the verb at {@code verb}; {@code end} receives the index after the object. */
    static Target classify(Prompt prompt, Sentence s, int verb, int[] end) {
        int i = verb + 1;
        while (i < s.size() && i <= verb + 3) {
            String w = s.word(i);
            String prev = s.word(i - 1);
            // "hunting down in Louisiana", "deer hunting in Pennsylvania": "in" is a particle only right after the
            // few verbs that take it ("do in", "beat in"); elsewhere it starts a place.
            boolean particle = PARTICLES.contains(w) && (!w.equals("in") || i == verb + 1 && IN_PARTICLE_VERBS.contains(
                    Lexicon.HARM_VERB.getOrDefault(s.word(verb), ""))) || (w.equals("with") && prev.equals("away"))
                    || (w.equals("of") && (prev.equals("rid") || prev.startsWith("dispos"))) || w.equals("rid");
            if (!particle) {
                break;
            }
            i++;
        }
        int from = i;
        int to = i;
        while (to < s.size() && to - from < 6) {
            String w = s.word(to);
            if (STOP.contains(w) || isAdverb(w)
                    || to > from && MANNER_TAIL.contains(w) && !DETERMINERS.contains(s.word(to - 1))
                    || to > from && TIME_TAIL.contains(w)) {
                break;
            }
            boolean ofContinues = to > from && (COLLECTIVE.contains(s.word(to - 1))
                    || Lexicon.BODY_PART.contains(s.word(to - 1)));
            if (w.equals("of") && !ofContinues) {
                break;
            }
            to++;
            if (s.tokens.get(to - 1).endsClause()) {
                break;
            }
        }
        end[0] = to;
        if (to == from) {
            return OTHER;
        }
        return judge(prompt, s, from, to);
    }

    private static Target judge(Prompt prompt, Sentence s, int from, int to) {
        String head = s.word(to - 1);
        if (PestAntecedent.pronounObject(s, from, to) && PestAntecedent.pointsAtPests(prompt, s, from)) {
            return OTHER;
        }
        boolean own = false;
        boolean personOwner = false;
        boolean personModifier = false;
        for (int k = from; k < to; k++) {
            Sentence.Token t = s.tokens.get(k);
            String w = t.word();
            // Only as the object itself: in "demolish the wall myself" the speaker does the work, not receives it.
            if ((w.equals("myself") || w.equals("ourselves")) && k == from) {
                return SELF;
            }
            if (w.equals("my") || w.equals("own") || w.equals("our")) {
                own = true;
            }
            boolean person = Lexicon.isPerson(w) || isGroup(s, k) || (prompt.isName(w) && !Lexicon.PROPERTY.contains(w));
            if (t.possessive() && (person || prompt.isName(w))) {
                personOwner = true;
            } else if (person && k < to - 1 && !w.equals("her") && !w.equals("his") && !w.equals("their")) {
                personModifier = true;
            } else if (w.equals("her") || w.equals("his") || w.equals("their") || w.equals("your")) {
                personOwner = true;
            }
        }
        for (int k = from; k < to - 1; k++) {
            Sentence.Token t = s.tokens.get(k);
            String w = t.word();
            String after = s.word(k + 1);
            boolean participle = (after.endsWith("ing") || after.endsWith("ed")) && after.length() > 4;
            if (!t.possessive() && Lexicon.isPerson(w) && participle && !w.equals("her") && !w.equals("his")
                    && !w.equals("their") && !w.equals("human")) {
                return PERSON;
            }
        }
        if (Lexicon.CREATURE.contains(head) && !own && !personOwner) {
            return OTHER;
        }
        boolean thingPart = Lexicon.GROUP_NOUN.contains(head) && THING_MODIFIERS.contains(s.word(to - 2));
        boolean headPerson = Lexicon.isPerson(head) && !thingPart || isGroup(s, to - 1) || isGroup(s, to - 2)
                || (prompt.isName(head) && !Lexicon.PROPERTY.contains(head) && !Lexicon.STRUCTURE.contains(head));
        if (headPerson && !s.tokens.get(to - 1).possessive()) {
            return PERSON;
        }
        if (UNOWNED_VICTIM_PARTS.contains(head) && !own && !personOwner) {
            return PERSON; // "breaking kneecaps", "crack skulls": no owner named, and nobody's own to break
        }
        if (Lexicon.BODY_PART.contains(head)) {
            if (personOwner && !own) {
                return PERSON;
            }
            if (personOwner || personModifier) {
                return PERSON;
            }
            return own ? SELF : OTHER;
        }
        if (Lexicon.PROPERTY.contains(head) || Lexicon.STRUCTURE.contains(head)) {
            if (personOwner) {
                return OTHERS_PROPERTY;
            }
            if (Lexicon.STRUCTURE.contains(head)) {
                return STRUCTURE;
            }
            return OTHER;
        }
        if (personModifier && COLLECTIVE.contains(head)) {
            return PERSON;
        }
        if (personOwner && !ABSTRACT.contains(head)) {
            return OTHERS_PROPERTY;
        }
        for (int k = from; k < to; k++) {
            if (COLLECTIVE.contains(s.word(k)) && k + 2 < to + 1 && s.word(k + 1).equals("of")) {
                for (int m = k + 2; m < to; m++) {
                    if (Lexicon.isPerson(s.word(m))) {
                        return PERSON;
                    }
                }
            }
        }
        return OTHER;
    }

    private static boolean isAdverb(String w) {
        return w.length() > 4 && w.endsWith("ly") && !Lexicon.isPerson(w)
                && !LY_NOUNS.contains(w);
    }

    /** "gay people", "black women": a group adjective qualifying people (not "black beans"). */
    static boolean isGroup(Sentence s, int k) {
        if (k < 0 || k >= s.size()) {
            return false;
        }
        String w = s.word(k);
        if (Lexicon.GROUP_NOUN.contains(w)) {
            // "egg whites", "tent poles": a group word after a word for a thing names the thing's part, not people.
            return !THING_MODIFIERS.contains(s.word(k - 1));
        }
        return Lexicon.GROUP_ADJECTIVE.contains(w) && Lexicon.PEOPLE_NOUN.contains(s.word(k + 1));
    }
}
