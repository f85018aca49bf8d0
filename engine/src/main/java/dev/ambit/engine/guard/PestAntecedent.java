package dev.ambit.engine.guard;

import java.util.Set;

/**
 * "Hornworms are eating my tomatoes, how do I wipe them out": a pronoun after a verb of harm points back at the
 * nearest thing it can stand for. When that is a pest, a creature of a game or a thing (pills to crush, stumps to
 * destroy) rather than people, the verb is aimed at it.
 */
final class PestAntecedent {
    private PestAntecedent() {}

    static final Set<String> PRONOUNS = Lexicon.words("them", "it", "em", "those", "these");
    private static final Set<String> PESTS = Lexicon.words(
            "aphid", "aphids", "ant", "ants", "termite", "termites", "cockroach", "cockroaches", "roach", "roaches",
            "mouse", "mice", "rat", "rats", "slug", "slugs", "snail", "snails", "weed", "weeds", "caterpillar",
            "caterpillars", "grub", "grubs", "mole", "moles", "vole", "voles", "wasp", "wasps", "hornet", "hornets",
            "flea", "fleas", "tick", "ticks", "mosquito", "mosquitoes", "mosquitos", "gnat", "gnats", "moth", "moths",
            "mite", "mites", "beetle", "beetles", "weevil", "weevils", "silverfish", "lice", "nits", "maggots", "larvae",
            "mildew", "mould", "mold", "fungus", "blight", "thrips", "whitefly", "whiteflies", "mealybugs", "scale",
            "spiders", "spider", "centipedes", "millipedes", "earwigs", "woodlice", "pigeons", "squirrels", "raccoons",
            "possums", "bugs", "bug", "pests", "pest", "infestation", "dandelions", "bindweed", "knotweed", "ivy",
            "brambles", "nettles", "bacteria", "germs", "virus", "algae", "limescale", "stains", "bedbugs", "flies", "fly",
            "lice", "worms", "rodents", "vermin",
            // Things a pronoun may stand for in a household question: "crush them", "destroy them".
            "pills", "tablets", "capsules", "meds", "medications", "drives", "stumps", "files", "videos", "photos",
            "documents", "papers", "receipts", "boxes", "bottles", "cans", "roots", "seeds", "bulbs", "batteries");
    private static final String[] PEST_ENDINGS = {"worm", "worms", "fly", "flies", "bug", "bugs", "beetle", "beetles",
        "weed", "weeds", "mite", "mites"};
    /** Person words a plural pronoun can stand for: "them" is not "my mom". */
    private static final Set<String> SINGULAR_PRONOUNS = Lexicon.words("he", "she", "him", "her", "they", "them", "it");

    /**
     * Whether the pronoun object at {@code pronoun} in {@code s} stands for a pest, creature or thing: the last such
     * word before it in the prompt comes after the last word naming people.
     */
    static boolean pointsAtPests(Prompt prompt, Sentence s, int pronoun) {
        int position = 0;
        int lastThing = -1;
        int lastPeople = -1;
        for (Sentence t : prompt.sentences) {
            int end = t == s ? pronoun : t.size();
            for (int k = 0; k < end; k++, position++) {
                String w = t.word(k);
                if (PESTS.contains(w) || Lexicon.CREATURE.contains(w) || pestByEnding(w)) {
                    lastThing = position;
                } else if (Lexicon.isPerson(w) && !SINGULAR_PRONOUNS.contains(w) && !t.tokens.get(k).possessive()
                        && !modifies(t, k)) {
                    lastPeople = position;
                }
            }
            if (t == s) {
                break;
            }
        }
        return lastThing > lastPeople;
    }

    /** "my elderly mom's flat": a person word before another person word or an owner qualifies it. */
    private static boolean modifies(Sentence t, int k) {
        return k + 1 < t.size() && (t.tokens.get(k + 1).possessive() || Lexicon.isPerson(t.word(k + 1)));
    }

    /** "kill them", "kill them all", "wipe them both out": the pronoun and nothing but a quantifier. */
    static boolean pronounObject(Sentence s, int from, int to) {
        if (!PRONOUNS.contains(s.word(from))) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (!QUANTIFIERS.contains(s.word(k))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> QUANTIFIERS = Lexicon.words("all", "both", "each", "off", "for", "good", "once");

    private static boolean pestByEnding(String w) {
        for (String e : PEST_ENDINGS) {
            if (w.length() > e.length() + 2 && w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
