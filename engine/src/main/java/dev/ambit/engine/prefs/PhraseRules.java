package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.Dimension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ordinary phrasings of each dimension value, as patterns over a lower-cased clause. Within one dimension
 * the first matching rule wins, so negated forms ("no bullet points") are listed before the plain ones.
 */
final class PhraseRules {
    /** One phrasing of one dimension value. */
    private record Rule(Dimension dimension, String value, Pattern pattern) {}

    private static final String NEG = "(?:no|not|without|don'?t|do not|never|stop|skip|avoid|less|fewer|hate|drop|"
            + "lose|ditch|cut|spare me|can you not|quit|cut out|leave out)\\b[\\w\\s']{0,25}?";
    private static final String USE = "(?:use|using|add|include|with|prefer|like|love|want|give me|put|more|some|"
            + "a few|lots of|plenty of|in|as|please)\\b[\\w\\s']{0,20}?";

    static final Map<String, String> LANGUAGES = languages();

    private static final List<Rule> RULES = new ArrayList<>();

    static {
        // verbosity
        add(Dimension.VERBOSITY, "medium", "medium[- ]length|moderate length|medium detail|not too long,? (?:and |or |but )?"
                + "not too short|not too short,? (?:and |or |but )?not too long|middle ground on length|balanced length");
        add(Dimension.VERBOSITY, "short", "keep (?:it|things|them|answers|replies|responses|your \\w+)\\s?(?:really |very |nice and )?"
                + "(?:short|brief|concise|tight|snappy|to the point)|\\b(?:be|being|more|very|stay|keep)\\s(?:brief|concise|succinct|terse)"
                + "|\\b(?:short|shorter|brief|briefer|concise|quick|succinct)(?:er)? (?:answers?|repl(?:y|ies)|responses?|version|"
                + "explanations?|messages?)|\\bshorter\\b|too (?:long|wordy|verbose)|less (?:verbose|wordy|text|detail)|"
                + "tl;?dr|get (?:straight )?to the point|straight to the point|one sentence|in a nutshell|fewer words|"
                + "don'?t ramble|stop rambling|no (?:waffle|waffling|rambling|fluff|filler)|short and sweet|brevity|"
                + "\\bbriefly\\b|(?:i prefer|i like|i want) (?:it )?(?:short|brief|concise)|^(?:short|brief|concise)(?: please)?$|"
                + "(?:don'?t|do not) (?:write|say|type|talk) (?:so|that|too) much|(?:write|say|type) less\\b");
        add(Dimension.VERBOSITY, "long", "more (?:detail|depth|thorough)|(?:in|with|into) (?:great |full |more )?(?:detail|depth)|"
                + "\\bdetailed\\b|in-depth|elaborate|\\blonger\\b|\\bthorough(?:ly)?\\b|comprehensive|too (?:short|brief|terse)|"
                + "explain everything|go deep|long(?:er)? (?:answers?|repl(?:y|ies)|responses?|explanations?)|more verbose|"
                + "(?:i prefer|i like|i want) (?:it )?long");
        // formality
        add(Dimension.FORMALITY, "casual", "less formal|(?:don'?t|do not|stop) (?:be(?:ing)? )?(?:so |too )?(?:formal|stiff|stuffy|"
                + "posh)|\\bcasual(?:ly)?\\b|\\binformal(?:ly)?\\b|\\brelaxed\\b|laid[- ]back|chatty|like a (?:friend|mate|buddy)|"
                + "use slang|(?:be|more) chill|loosen up");
        add(Dimension.FORMALITY, "formal", "less (?:casual|informal|chatty)|(?:don'?t|do not|stop) (?:be(?:ing)? )?(?:so |too )?"
                + "(?:casual|informal|chatty)|\\bformal(?:ly)?\\b|professional(?:ly)?|\\bpolite(?:ly)?\\b|business[- ]like|"
                + "(?:no|without|don'?t use) slang");
        add(Dimension.FORMALITY, "neutral", "neither formal nor (?:casual|informal)|neutral register|moderately formal");
        // tone
        add(Dimension.TONE, "direct", "\\b(?:be|more|very|brutally) (?:direct|blunt|frank|straightforward)|\\bbluntly\\b|"
                + "(?:no|don'?t|without|stop) sugar[- ]?coat|don'?t beat around|straight talk|direct tone|tell it like it is");
        add(Dimension.TONE, "warm", "\\b(?:be|more|sound|very) (?:warm|warmer|kind|kinder|gentle|gentler|friendly|friendlier|"
                + "encouraging|supportive|empathetic|compassionate|nice)\\b|warm tone|friendly tone|gentle tone|"
                + "be nice to me|go easy on me");
        add(Dimension.TONE, "neutral", "neutral tone|matter[- ]of[- ]fact|(?:be|stay) neutral|no emotion");
        // humour
        add(Dimension.HUMOUR, "none", NEG + "(?:jokes?|joking|humou?r|funny|puns|banter|being silly|sarcasm)|\\bbe serious\\b|"
                + "keep it serious|serious tone|(?:stop|quit) (?:joking|kidding|fooling)");
        add(Dimension.HUMOUR, "light", "(?:a (?:bit|little|touch) of|light|some|occasional|a dash of|mild) (?:humou?r|jokes?|fun|wit)|"
                + "lightly funny|a little funny|the odd joke");
        add(Dimension.HUMOUR, "playful", "\\b(?:be|more|sound) (?:funny|funnier|playful|silly|witty|cheeky)|make me laugh|"
                + "(?:lots of|more|plenty of|tell me) jokes|(?:use|with|love|like|more) (?:humou?r|puns)|playful|hilarious");
        // format
        add(Dimension.FORMAT, "mixed", "mix(?:ed|ture)? (?:of )?(?:prose|paragraphs|text) and (?:bullets?|lists?|bullet points)|"
                + "mixed format|(?:bullets?|lists?|bullet points) and (?:prose|paragraphs)|combination of (?:prose|lists)");
        add(Dimension.FORMAT, "prose", NEG + "(?:bullet|bullets|lists?|listicles?|point form|numbered)|\\bprose\\b|"
                + "(?:full|complete|proper) sentences|paragraphs?(?: form)?\\b|flowing text|(?:as|in) (?:an? )?(?:essay|narrative)");
        add(Dimension.FORMAT, "bullets", "bullet|\\bbullets\\b|(?:as|in|into|use|using|with|prefer|like) (?:a |numbered |short )?"
                + "lists?\\b|point form|numbered (?:list|points|steps)|listicle|step[- ]by[- ]step list|dot points");
        // expertise
        add(Dimension.EXPERTISE, "beginner", "\\b(?:i'?m|i am) (?:a |an |just a |complete |total |an absolute )*(?:beginner|novice|"
                + "newbie|layman|layperson|noob)|new to (?:this|it|\\w+)|explain (?:it )?like i'?m (?:five|5|a child|a kid)|"
                + "\\beli5\\b|(?:in |use |using )?(?:simple|plain|basic|easy|everyday) (?:terms|words|language|english)|"
                + "no jargon|without (?:the )?jargon|(?:avoid|skip|less) (?:the )?jargon|dumb it down|"
                + "(?:i'?m|i am) not (?:very |at all )?technical|non-?technical|keep (?:it|things|them|this|answers) simple|"
                + "explain (?:it |things |this )?simply|lay(?:man|person|people)'?s? terms|in plain terms|simplify|beginner[- ]friendly");
        add(Dimension.EXPERTISE, "expert", "\\b(?:i'?m|i am) (?:an? )?(?:expert|specialist|professional|pro)\\b|"
                + "\\b(?:i'?m|i am) (?:an? )?(?:very |highly )?(?:experienced|seasoned|senior) \\w+|technical (?:terms|"
                + "language|detail|depth|answers?|vocabulary)|\\bbe (?:more )?technical|(?:use|with|fine with|okay with|ok with) "
                + "(?:the )?(?:jargon|technical terms|clinical terms|medical terms|legal terms|proper terminology)|clinical "
                + "(?:terms|language|terminology)|(?:medical|legal|scientific) (?:terminology|terms)|don'?t (?:dumb|water) "
                + "(?:it|things) down|(?:no need to|don'?t) simplify|expert[- ]level|advanced level|treat me (?:like|as) an expert");
        add(Dimension.EXPERTISE, "intermediate", "\\bintermediate\\b|(?:i )?know the basics|some (?:background|experience)|"
                + "not a (?:complete )?beginner");
        // units
        add(Dimension.UNITS, "imperial", "\\bimperial\\b|fahrenheit|\\bmiles\\b|\\bmph\\b|\\bpounds\\b|\\blbs?\\b|\\bfeet\\b|"
                + "\\binch(?:es)?\\b|\\bounces\\b|us (?:customary )?units");
        add(Dimension.UNITS, "metric", "\\bmetric\\b|celsius|centigrade|kilomet(?:er|re)s?|\\bkm\\b|kilo(?:gram)?s|\\bkg\\b|"
                + "\\bmet(?:er|re)s\\b|si units");
        // examples
        add(Dimension.EXAMPLES, "none", NEG + "examples?|just the (?:answer|facts)|skip the examples");
        add(Dimension.EXAMPLES, "many", "(?:lots of|many|plenty of|more|several|loads of|tons of) examples|examples,? (?:always|"
                + "lots)|always (?:give|include|add) (?:an? )?examples?");
        add(Dimension.EXAMPLES, "some", "(?:give|include|add|with|show|use|like|love) (?:me )?(?:an? |some |a few |one )?"
                + "(?:concrete |practical |real |worked )?examples?|an example (?:or two|helps)|examples help|for example please");
        // emoji
        add(Dimension.EMOJI, "none", NEG + "(?:emoji|emojis|emoticons|smileys|smiley faces)");
        add(Dimension.EMOJI, "some", USE + "(?:emoji|emojis|emoticons|smileys)");
        // agreement
        add(Dimension.AGREEMENT, "agreeable", "(?:always|just|only|simply) agree|agree with me (?:no matter what|always|"
                + "regardless|whatever happens)|agree with (?:everything|whatever|all)|"
                + "(?:tell me|say) (?:that )?i'?m (?:always )?right|never (?:disagree|contradict|argue)|don'?t (?:disagree|"
                + "contradict|argue|challenge) (?:with )?me|tell me what i want to hear|validate (?:everything|all|whatever)|"
                + "take my side(?: always)?|be a yes[- ]man|side with me no matter");
        add(Dimension.AGREEMENT, "honest", "\\bbe honest|tell me (?:if|when) i'?m wrong|don'?t just agree|challenge me|"
                + "push back|disagree with me (?:if|when)|point out (?:my )?mistakes|honest feedback");
        // ai disclosure
        add(Dimension.AI_DISCLOSURE, "off", "pretend (?:that )?(?:you(?:'re| are)|to be) (?:a )?(?:human|person|real)|"
                + "act (?:like|as) (?:a )?(?:human|real person)|(?:don'?t|do not|never|stop) (?:say|mention|tell|admit|remind|"
                + "reveal|disclose)\\w* [\\w\\s']{0,25}(?:you'?re|you are|being) (?:an? )?(?:ai|bot|robot|machine|language model|"
                + "assistant)|(?:say|claim|tell \\w+) (?:that )?you(?:'re| are) (?:a )?(?:human|person|real)|"
                + "(?:you are|you're) (?:a )?(?:human|real person) now|hide that you(?:'re| are) (?:an? )?(?:ai|bot)");
        add(Dimension.AI_DISCLOSURE, "on", "remind me (?:that )?you(?:'re| are) (?:an? )?(?:ai|bot)");
        // safety caveats
        add(Dimension.SAFETY_CAVEATS, "off", NEG + "(?:disclaimers?|caveats?|warnings?|safety (?:notes?|messages?|advice)|"
                + "trigger warnings?)|stop warning me|(?:without|no) (?:any )?safety");
        add(Dimension.SAFETY_CAVEATS, "on", "(?:include|add|keep|with) (?:the )?(?:safety )?(?:warnings|caveats|disclaimers)");
    }

    private PhraseRules() {}

    private static void add(Dimension dimension, String value, String regex) {
        RULES.add(new Rule(dimension, value, Pattern.compile(regex)));
    }

    private static final Pattern CONTRAST = Pattern.compile("^(?:not|no|never|instead of|rather than)\\b");

    /** The dimension values a lower-cased clause expresses, at most one per dimension, in dimension order. */
    static Map<Dimension, String> match(String clause) {
        Map<Dimension, String> found = new LinkedHashMap<>();
        // "miles, not kilometres": a contrasting clause names what the user does not want.
        boolean contrast = CONTRAST.matcher(clause).find();
        for (Rule rule : RULES) {
            if (contrast && rule.dimension() == Dimension.UNITS) {
                continue;
            }
            if (!found.containsKey(rule.dimension()) && rule.pattern().matcher(clause).find()) {
                found.put(rule.dimension(), rule.value());
            }
        }
        String language = language(clause);
        if (language != null) {
            found.put(Dimension.LANGUAGE, language);
        }
        return found;
    }

    private static final Pattern LANGUAGE_CUE = Pattern.compile("(?:(?:answer|reply|respond|speak|talk|write|chat|"
            + "communicate|converse|text)(?: back)?(?: to me| with me| me)?(?: only| always)? (?:in|using)|switch (?:over )?to|"
            + "(?:i )?prefer|please use|^used?|in|auf|en|^only|^(?:speak|talk)|can we (?:speak|talk|do)|let'?s (?:speak|talk|use)|"
            + "if you (?:used?|spoke|wrote|answered|replied|responded)(?: in)?)\\s+"
            + "((?:british |american |brazilian |european |swiss |austrian |canadian |mexican |simplified |traditional )?"
            + "[\\p{L}]+)(?: (?:please|only|bitte|from now on|instead|if possible|thanks?))*\\s*$");
    private static final Pattern BARE_LANGUAGE = Pattern.compile("^((?:british |american )?[\\p{L}]+)(?:,? please| only| bitte)$");

    private static String language(String clause) {
        for (Pattern p : List.of(LANGUAGE_CUE, BARE_LANGUAGE)) {
            Matcher m = p.matcher(clause);
            if (m.find()) {
                String tag = LANGUAGES.get(m.group(1));
                if (tag != null) {
                    return tag;
                }
            }
        }
        return null;
    }

    private static Map<String, String> languages() {
        Map<String, String> map = new LinkedHashMap<>();
        String[] pairs = {"english:en", "british english:en-GB", "american english:en-US", "german:de", "deutsch:de",
            "swiss german:de-CH", "austrian german:de-AT", "french:fr", "français:fr", "francais:fr", "canadian french:fr-CA",
            "spanish:es", "español:es", "espanol:es", "mexican spanish:es-MX", "italian:it", "italiano:it",
            "portuguese:pt", "brazilian portuguese:pt-BR", "european portuguese:pt-PT", "dutch:nl", "nederlands:nl",
            "polish:pl", "swedish:sv", "danish:da", "norwegian:nb", "finnish:fi", "greek:el", "turkish:tr",
            "russian:ru", "ukrainian:uk", "chinese:zh", "mandarin:zh", "simplified chinese:zh-Hans",
            "traditional chinese:zh-Hant", "cantonese:yue", "japanese:ja", "korean:ko", "arabic:ar", "hebrew:he",
            "hindi:hi", "urdu:ur", "bengali:bn", "welsh:cy", "irish:ga", "czech:cs", "hungarian:hu", "romanian:ro",
            "vietnamese:vi", "thai:th", "indonesian:id", "swahili:sw", "catalan:ca", "basque:eu", "croatian:hr",
            "serbian:sr", "slovak:sk", "slovenian:sl", "bulgarian:bg", "estonian:et", "latvian:lv", "lithuanian:lt",
            "icelandic:is", "persian:fa", "farsi:fa", "tagalog:tl", "malay:ms", "tamil:ta", "esperanto:eo", "latin:la"};
        for (String pair : pairs) {
            int colon = pair.lastIndexOf(':');
            map.put(pair.substring(0, colon), pair.substring(colon + 1));
        }
        return Map.copyOf(map);
    }
}
