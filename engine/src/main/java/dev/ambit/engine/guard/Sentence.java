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
    private static final Pattern FIRST_PERSON =
            Pattern.compile("\\b(i|i'm|im|i've|i'd|i'll|me|my|mine|myself|we|we're|us|our|ourselves)\\b");
    private static final Pattern OPERATIONAL = Pattern.compile(
            "\\b(how (do|can|could|should|would|might|will|shall) (i|we|you|one|someone|somebody|people|they)\\b"
                    + "|how to\\b|how (best|easily|quickly) (to|can|do|could)\\b"
                    + "|(best|easiest|quickest|fastest|simplest|safest|good|great|perfect|effective|surest|cheapest"
                    + "|efficient|right|ideal|smartest|cleanest|quietest) (way|ways|method|methods|strategy|plan|place"
                    + "|places|time|technique|techniques|tool|tools|weapon|poison|spot|location|approach)"
                    + "|ways (of|to)|\\b(way|ways|method|methods|means|technique|trick|tricks) (to|of|for)\\b|\\bsteps\\b|where (can|could|do|should|would|might|to|is) "
                    + "|what (can|should|could|do|would|must) (i|we)\\b|should (i|we)\\b|can (i|we)\\b|could (i|we)\\b"
                    + "|\\btips\\b|\\bguide\\b|instructions|tell me how|show me how|teach me|help me|explain how"
                    + "|give me|i (want|need|plan|intend|am going|'m going|wanna|gonna|will|'ll|would like|'d like|am about)"
                    + "|let's|is there a way|process for|procedure for|what do i need|what would i need"
                    + "|in order to|recipe|walk me through|step by step|how much .{0,20} (to|do i|would i)|\\bplan (for|to)\\b)"
                    + "|^(write|create|make|build|generate|give|tell|show|explain|list|provide|draft|code|develop|teach|find"
                    + "|get|design|plan|describe how|outline|detail)\\b|\\b(please|pls) (write|create|make|build|tell|give|explain)\\b");
    private static final Pattern NARRATIVE_PAST = Pattern.compile(
            "^(\\w+ ){0,5}?(did|were|was|had|happened)\\b|^(what|how|why|when|where|who) (does|do) "
                    + "(?!(i|we|you|one|people|someone|somebody|anyone|criminals|terrorists|hackers|thieves|killers"
                    + "|murderers|they)\\b)");
    private static final Pattern DEFINITIONAL = Pattern.compile(
            "\\b(definition|define|defined|meaning of|what does .{1,60}mean|constitutes|what kind of|what type of"
                    + "|what sort of|what counts as|what exactly is|is called|term for)\\b"
                    + "|^(what|who) (is|are|was|were) (a |an |the )?[a-z' ]{1,40}$");
    private static final Pattern INFORMATIONAL = Pattern.compile(
            "^(is it|was it|is|are|why is it|why are) .{0,40}\\b(legal|illegal|lawful|unlawful|wrong|ethical|unethical"
                    + "|moral|immoral|a crime|a sin|punishable|against the law)\\b|^why (is|are) .{0,30}(illegal|wrong|bad)\\b");
    private static final Pattern PROTECTIVE = Pattern.compile(
            "\\b(prevent|prevention|preventing|protect|protecting|protection|defend|defending|defense against"
                    + "|stop (someone|people|him|her|them|my \\w+|a \\w+) from|avoid being|avoid getting|survive|surviving"
                    + "|recogni[sz]e|spot the signs|warning signs|signs (of|that)|report|reporting|safe from|keep .{1,20} safe"
                    + "|escape from|get away from|help (a|my) (friend|child|kid|partner|family member|loved one)|cope|coping"
                    + "|help (a|my|our|his|her|their|someone|somebody|people|others|a \\w+|my \\w+)( \\w+)?( \\w+)? (who|that|with"
                    + "|through|cope|get|stop|recover|struggling)|who (talks|is talking|thinks|is thinking|keeps talking|wants|is"
                    + " considering|has been talking) about"
                    + "|talk .{1,20} out of|intervene|de escalate|deescalate|fight against|combat|counter|oppose|end (racism|discrimination))\\b");
    private static final Pattern GAME_OR_SPORT = Pattern.compile(
            "\\b(video ?games?|games?|gaming|gameplay|minecraft|fortnite|call of duty|counter ?strike|cs ?go|gta|grand theft auto"
                    + "|battlefield|witcher|skyrim|elden ring|dark souls|halo|overwatch|league of legends|dota|valorant"
                    + "|apex legends|pubg|the sims|zelda|mario|pokemon|assassin's creed|red dead|fallout|doom|hitman"
                    + "|among us|roblox|rainbow six|destiny|diablo|warcraft|starcraft|civilization|age of empires"
                    + "|mortal kombat|tekken|street fighter|dungeons and dragons|d&d|rpg|mmo|chess|checkers|draughts|poker"
                    + "|monopoly|board game|card game|paintball|laser tag|airsoft|nerf|judo|karate|boxing|kickboxing|mma|ufc"
                    + "|wrestling|jiu jitsu|jujitsu|bjj|taekwondo|fencing|sparring|martial arts?|football|soccer|basketball"
                    + "|baseball|softball|hockey|rugby|tennis|badminton|squash|cricket|golf|volleyball|shooting range"
                    + "|gun range|firing range|archery|clay pigeon|biathlon|dodgeball|tabletop|simulation|sim racing"
                    + "|in the ring|on the mat|tournament)\\b");
    private static final Pattern FICTION = Pattern.compile(
            "\\b(novel|novels|book|books|story|stories|short story|screenplay|script|film|films|movie|movies|tv show"
                    + "|tv series|series|sitcom|episode|stage play|my play|the play|a play|theatre|theater|comic|comics"
                    + "|manga|anime|fiction|fictional|character|character's|characters|plot|scene|fanfic|fan fiction|poem"
                    + "|cartoon|fake|prop|props|mock|pretend|imaginary|make believe|larp|short film|documentary|podcast"
                    + "|thriller|crime novel|mystery|whodunit)\\b");
    private static final Set<String> CONTRACTIONS = Lexicon.words(
            "it's", "that's", "what's", "he's", "she's", "let's", "there's", "who's", "where's", "how's", "here's",
            "one's", "when's", "why's");

    final String text;
    final List<Token> tokens;
    final boolean firstPerson;
    final boolean operational;
    final boolean narrative;
    final boolean definitional;
    final boolean informational;
    final boolean protective;
    final boolean gameOrSport;
    final boolean fiction;

    /** A word with its possessive ending split off ("someone's" → someone, possessive). */
    record Token(String word, boolean possessive) {}

    Sentence(String text) {
        this.text = text;
        this.tokens = tokenize(text);
        this.firstPerson = FIRST_PERSON.matcher(text).find();
        boolean past = NARRATIVE_PAST.matcher(text).find();
        this.narrative = past && !firstPerson;
        this.operational = !narrative && OPERATIONAL.matcher(text).find();
        this.definitional = !operational && !firstPerson && DEFINITIONAL.matcher(text).find();
        this.informational = !firstPerson && INFORMATIONAL.matcher(text).find();
        this.protective = PROTECTIVE.matcher(text).find();
        this.gameOrSport = GAME_OR_SPORT.matcher(text).find();
        this.fiction = FICTION.matcher(text).find();
    }

    /** True when the sentence asks about something rather than for help doing it. */
    boolean aboutNotDoing() {
        return narrative || definitional || informational;
    }

    boolean has(Pattern p) {
        return p.matcher(text).find();
    }

    int size() {
        return tokens.size();
    }

    String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).word() : "";
    }

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        for (String raw : text.split(" ")) {
            String w = strip(raw);
            if (CONTRACTIONS.contains(w)) {
                out.add(new Token(w, false));
            } else if (w.endsWith("'s") && w.length() > 2) {
                out.add(new Token(w.substring(0, w.length() - 2), true));
            } else if (w.endsWith("s'") && w.length() > 2) {
                out.add(new Token(w.substring(0, w.length() - 1), true));
            } else {
                out.add(new Token(w, false));
            }
        }
        return out;
    }

    private static String strip(String raw) {
        int from = 0;
        int to = raw.length();
        while (from < to && !Character.isLetterOrDigit(raw.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(raw.charAt(to - 1)) && raw.charAt(to - 1) != '\'') {
            to--;
        }
        String w = raw.substring(from, to);
        return w.endsWith("'") && !w.endsWith("s'") ? w.substring(0, w.length() - 1) : w;
    }
}
