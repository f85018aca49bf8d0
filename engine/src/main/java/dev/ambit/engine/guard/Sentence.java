package dev.ambit.engine.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One sentence of normalised text with what the detectors need to judge intent: its tokens, whether it asks for
 * operational help, tells of the past or of someone else, asks for a definition, or sits in a game, sport or
 * work of fiction.
 */
final class Sentence {
    private static final Pattern INFORMATIONAL = Pattern.compile(
            "^(is it|was it|is|are|why is it|why are) .{0,40}\\b(legal|illegal|lawful|unlawful|wrong|ethical|unethical"
                    + "|moral|immoral|a crime|a sin|punishable|against the law)\\b|^why (is|are) .{0,30}(illegal|wrong|bad)\\b");
    /** Verbs and nouns that mark protection on their own: matched as words, no pattern needed. */
    private static final Set<String> PROTECTIVE_WORD = Lexicon.words(
            "secure", "harden", "safeguard", "prevent", "prevention", "preventing", "protect", "protecting", "protection",
            "defend", "defending", "survive", "surviving", "recognize", "recognise", "report", "reporting", "cope",
            "coping", "intervene", "deescalate", "combat", "oppose", "deter", "deters", "deterring",
            "deterrent", "deterrents", "rebut", "rebuttal", "debunk", "debunking", "refute", "refuting", "disprove");
    /** Protection said in several words; only run when one of {@link #PROTECTIVE_HEADS} occurs. */
    private static final Pattern PROTECTIVE = Pattern.compile(
            // "counter the propaganda", not "over the counter" or "the kitchen counter".
            "(?<!\\b(the|over|kitchen|bar|shop|check ?in) )\\bcounter(?! (tops?|space|strike|offers?|intuitive)\\b)\\b"
                    + "|\\b(guard against|defense against"
                    + "|stop (someone|people|him|her|them|my \\w+|a \\w+) from|avoid being|avoid getting"
                    + "|spot the signs|warning signs|signs (of|that)|safe from|keep .{1,20} safe"
                    + "|escape from|get away from|help (a|my) (friend|child|kid|partner|family member|loved one)"
                    + "|help (a|my|our|his|her|their|someone|somebody|people|others|a \\w+|my \\w+)( \\w+)?( \\w+)? (who|that|with"
                    + "|through|cope|get|stop|recover|struggling)|who (talks|is talking|thinks|is thinking|keeps talking|wants|is"
                    + " considering|has been talking) about"
                    + "|talk .{1,20} out of|de escalate|fight against|end (racism|discrimination)"
                    + "|make (my|our) [\\w']+( \\w+)? (harder|more difficult|tougher|less attractive|less tempting) (for \\w+ )?to"
                    + " (burgle|steal|break into|rob|hack|pick|get into|access|track|clone|skim))\\b");
    private static final Trigger FIRST_PERSON_WORDS = Trigger.of(
            "i", "i'm", "im", "i've", "i'd", "i'll", "me", "my", "mine", "myself", "we", "we're", "us", "our", "ourselves");
    private static final Trigger NORM_WORDS = Trigger.of(
            "legal", "illegal", "lawful", "unlawful", "wrong", "ethical", "unethical", "moral", "immoral", "crime", "sin",
            "punishable", "law", "bad");
    private static final Trigger PROTECTIVE_HEADS = Trigger.of(
            "guard", "defense", "stop", "avoid", "spot", "warning", "signs", "safe", "keep", "escape", "get", "help",
            "who", "talk", "de", "fight", "end", "make", "counter");
    private static final Trigger GAME_WORDS = Trigger.ofText("videogame videogames game games gaming gameplay minecraft"
            + " fortnite counterstrike csgo gta battlefield witcher skyrim halo overwatch dota valorant pubg sims zelda mario"
            + " pokemon roblox diablo warcraft starcraft tekken rpg mmo chess checkers draughts poker monopoly paintball"
            + " airsoft nerf judo karate boxing kickboxing mma ufc wrestling jujitsu bjj taekwondo fencing sparring football"
            + " soccer basketball baseball softball hockey rugby tennis badminton squash cricket golf volleyball archery"
            + " biathlon dodgeball tabletop tournament bioshock borderlands dishonored payday stardew terraria rimworld"
            + " cyberpunk starfield", false);
    private static final String[] GAME_PHRASES = {
        "video game", "call of duty", "counter strike", "grand theft auto", "elden ring", "dark souls", "league of legends",
        "apex legends", "assassin's creed", "red dead", "among us", "rainbow six", "age of empires", "mortal kombat",
        "street fighter", "dungeons and dragons", "board game", "card game", "laser tag", "martial art", "jiu jitsu",
        "shooting range", "gun range", "firing range", "clay pigeon", "in the ring", "on the mat", "the sims", "fallout 3",
        "fallout 4", "fallout 76", "fallout new vegas", "hitman 2", "hitman 3", "doom eternal", "destiny 2", "far cry",
        "metal gear", "resident evil", "the last of us", "god of war", "half life", "splinter cell", "dead space",
        "sniper elite", "red dead redemption", "assassins creed", "in game", "in the game", "in my game", "crusader kings",
        "total war", "europa universalis", "hearts of iron", "mount and blade", "kingdom come", "baldur's gate",
        "elder scrolls", "mass effect", "dragon age", "tomb raider", "my playthrough", "side quest", "boss fight",
        "save file", "my save", "at the range", "mount blade", "homebrew campaign", "our campaign", "my players"};
    private static final Trigger FICTION_WORDS = Trigger.ofText("novel novels book books story stories screenplay script"
            + " film films movie movies sitcom episode theatre theater comic comics manga anime fiction fictional character"
            + " character's characters fanfic poem cartoon fake prop props imaginary pretend larp documentary podcast"
            + " thriller mystery whodunit summarise summarize summary synopsis recap villain villains protagonist"
            + " antagonist heroine narrator", false);
    private static final String[] FICTION_PHRASES = {
        "tv show", "tv series", "stage play", "my play", "the play", "a play", "fan fiction", "make believe", "short film",
        "scene where", "scene in which", "write a scene", "a scene for"};
    /** Each holds an apostrophe: {@link #tokenize} looks a word up only if it has one. */
    private static final Set<String> CONTRACTIONS = Lexicon.words(
            "it's", "that's", "what's", "he's", "she's", "let's", "there's", "who's", "where's", "how's", "here's",
            "one's", "when's", "why's");

    final String text;
    final List<Token> tokens;
    final WordSet words;
    private Boolean firstPerson;
    private Boolean operational;
    private Boolean narrative;
    private Boolean definitional;
    private Boolean informational;
    private Boolean protective;
    private Boolean gameOrSport;
    private Boolean fiction;
    /** Answers of {@link #has}, by {@link RequiredText#id}: {@link #UNASKED}, {@link #NO} or {@link #YES}. */
    private byte[] answers = new byte[64];
    private static final byte UNASKED = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;

    /** A word with its possessive ending split off ("someone's" → someone, possessive). */
    record Token(String word, boolean possessive, boolean endsClause) {}

    Sentence(String text) {
        this.text = text;
        this.tokens = tokenize(text);
        WordSet w = new WordSet(tokens.size());
        for (Token t : tokens) {
            w.add(t.word());
        }
        this.words = w;
    }

    // The intent flags are computed on first use: most sentences never reach a rule that needs them.

    boolean firstPerson() {
        if (firstPerson == null) {
            firstPerson = mentionsAny(FIRST_PERSON_WORDS);
        }
        return firstPerson;
    }

    boolean narrative() {
        if (narrative == null) {
            narrative = !firstPerson() && Intent.narrative(this);
        }
        return narrative;
    }

    boolean operational() {
        if (operational == null) {
            operational = !narrative() && Intent.operational(this);
        }
        return operational;
    }

    boolean definitional() {
        if (definitional == null) {
            definitional = !operational() && !firstPerson() && Intent.definitional(this);
        }
        return definitional;
    }

    boolean informational() {
        if (informational == null) {
            informational = !firstPerson() && mentionsAny(NORM_WORDS) && RequiredText.find(INFORMATIONAL, text);
        }
        return informational;
    }

    boolean protective() {
        if (protective == null) {
            protective = Lexicon.mentionsAny(PROTECTIVE_WORD, words) && !survivalDenied()
                    || mentionsAny(PROTECTIVE_HEADS) && RequiredText.find(PROTECTIVE, text);
        }
        return protective;
    }

    /** "so they can't survive": survival named only to deny it is the outcome asked for, not protection. */
    private static final Pattern SURVIVAL_DENIED = Pattern.compile(
            "\\b(can't|cannot|can not|won't|will not|wouldn't|doesn't|don't|not|never|no chance to|unable to) (\\w+ )?survive\\b");

    private boolean survivalDenied() {
        return words.contains("survive") && words.stream().filter(PROTECTIVE_WORD::contains).count() == 1
                && RequiredText.find(SURVIVAL_DENIED, text);
    }

    boolean gameOrSport() {
        if (gameOrSport == null) {
            gameOrSport = mentionsAny(GAME_WORDS) || containsAny(GAME_PHRASES);
        }
        return gameOrSport;
    }

    boolean fiction() {
        if (fiction == null) {
            fiction = mentionsAny(FICTION_WORDS) || containsAny(FICTION_PHRASES);
        }
        return fiction;
    }

    private boolean containsAny(String[] phrases) {
        for (String p : phrases) {
            if (containsPhrase(text, p)) {
                return true;
            }
        }
        return false;
    }

    /** {@code phrase} occurs as whole words ("a play" is not in "a playstation"). */
    static boolean containsPhrase(String text, String phrase) {
        int from = 0;
        while (true) {
            int at = text.indexOf(phrase, from);
            if (at < 0) {
                return false;
            }
            int end = at + phrase.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }

    /** True when any of the trigger's words occurs as a token: a cheap gate before a costly pattern. */
    boolean mentionsAny(Trigger trigger) {
        return words.mentions(trigger.words());
    }

    /** True when the sentence asks about something rather than for help doing it. */
    boolean aboutNotDoing() {
        return narrative() || definitional() || informational();
    }

    /**
     * Whether {@code p} finds a match in the text. Answers are remembered per pattern: a prompt shares one Sentence
     * among its repeats of the same sentence, and several detectors ask the same question of it.
     */
    boolean has(Pattern p) {
        // Looked up by the pattern's number: a sentence is asked about a hundred patterns, too many to search a list.
        int id = RequiredText.id(p);
        if (id < answers.length && answers[id] != UNASKED) {
            return answers[id] == YES;
        }
        boolean found = RequiredText.find(p, text);
        if (id >= answers.length) {
            answers = java.util.Arrays.copyOf(answers, Math.max(id + 1, answers.length * 2));
        }
        answers[id] = found ? YES : NO;
        return found;
    }

    int size() {
        return tokens.size();
    }

    String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).word() : "";
    }

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text.length() / 4 + 1); // about one word per five characters: rarely grows
        // As text.split(" "), without its array and substrings: each piece is read in place, trailing empties dropped.
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0 && !text.isEmpty()) {
            return out;
        }
        for (int from = 0; from <= end; ) {
            int to = text.indexOf(' ', from);
            if (to < 0 || to > end) {
                to = end;
            }
            String w = strip(text, from, to);
            char last = to == from ? ' ' : text.charAt(to - 1);
            from = to + 1;
            boolean ends = last == ',' || last == ':' || last == ';' || last == ')' || last == '"';
            if (w.indexOf('\'') < 0) {
                // Most words: no contraction and no possessive without an apostrophe, so no set lookup either.
                out.add(new Token(w, false, ends));
            } else if (CONTRACTIONS.contains(w)) {
                out.add(new Token(w, false, ends));
            } else if (w.endsWith("'s") && w.length() > 2) {
                out.add(new Token(w.substring(0, w.length() - 2), true, ends));
            } else if (w.endsWith("s'") && w.length() > 2) {
                out.add(new Token(w.substring(0, w.length() - 1), true, ends));
            } else {
                out.add(new Token(w, false, ends));
            }
        }
        return out;
    }

    /** The word in {@code raw[start, end)} without the punctuation around it. */
    private static String strip(String raw, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && !Character.isLetterOrDigit(raw.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(raw.charAt(to - 1)) && raw.charAt(to - 1) != '\'') {
            to--;
        }
        boolean dropQuote = to > from && raw.charAt(to - 1) == '\''
                && !(to - from >= 2 && raw.charAt(to - 2) == 's');
        return raw.substring(from, dropQuote ? to - 1 : to);
    }
}
