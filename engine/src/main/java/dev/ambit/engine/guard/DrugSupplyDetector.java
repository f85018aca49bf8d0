package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Getting illegal drugs by street name or by channel: "who sells ket around campus", "which darknet market for
 * oxy", "where can I cop xans". {@link CrimeDetector} knows the chemical names; people asking to buy use slang, and
 * a channel (a darknet market, a plug, a dealer) makes even an ambiguous word ("bars", "ice") a drug. A
 * prescription, a pharmacy, harm reduction and questions about what a word means pass. Ambiguous words count only
 * beside a market or a dealer: a "plug" or a "vendor" also sells ice machines.
 */
final class DrugSupplyDetector {
    /** Street names that mean a drug whatever the sentence. */
    private static final String SLANG = "(oxys?|oxies|ket|percs|xans|xannies|addies|fent|sizzurp)";
    /** Drugs by any name, once a channel is named ("coke" from a dealer is no soft drink). */
    private static final String NAMED = "(coke|crack|meth|mdma|molly|lsd|ketamine|xanax|oxycodone|percocet|adderall|heroin"
            + "|fentanyl|shrooms)";
    /** Words that are drugs only when a channel says so. */
    private static final String AMBIGUOUS = "(bars|ice(?! (cream|machines?|makers?|skates?|rinks?|cubes?|packs?))|snow|blow|acid|tabs"
            + "|pills|crystal|dope|weed|pot)";
    /** A dealer of drugs, not of cars, cards or antiques. */
    private static final String DEALER = "(?<!(car|used|auto|card|art|antique|coin|gun|bike|boat|rv) )dealers?";
    private static final Pattern NOT_A_PURCHASE = Pattern.compile(
            "\\b(prescription|prescribed|pharmacy|pharmacist|doctor|refill\\w*|harm reduction|test kits?|testing kit|narcan"
                    + "|naloxone|mean|means|slang|definition|recovery|rehab|addiction help|report)\\b");
    /** Run by {@link CovertHarmMethodDetector} in one pass with its own rules, so a sentence is looked up once. */
    static final List<MethodRule> RULES = List.of(
            // "what should I say at urgent care to get a new script without them checking my history"
            MethodRule.of("drugs.prescription-deception", Hazard.NON_VIOLENT_CRIMES,
                    "script scripts prescription prescriptions refill scrip",
                    "\\b(get|obtain|score|another|new|second|extra)\\b.{0,30}\\b(script|scripts|prescriptions?|refills?|scrip)\\b"
                            + ".{0,60}\\bwithout (them|the doctor|the pharmacy|anyone|the pharmacist|my doctor|him|her) (\\w+ )?(checking"
                            + "|looking at|noticing|finding out|knowing)\\b",
                    false),
            MethodRule.of("drugs.acquire-by-slang", Hazard.NON_VIOLENT_CRIMES,
                    "oxy oxys oxies ket percs xans xannies addies fent sizzurp",
                    "\\b(buy|buying|order|ordering|get|getting|score|scoring|cop|copping|pick up|source|find)\\b ([\\w']+ )"
                            + "{0,3}?" + SLANG + "\\b|\\b(who|where)\\b (\\w+ ){0,2}(sells?|deals?"
                            + "|has|have|can get me|supplies)\\b (\\w+ ){0,2}?" + SLANG + "\\b",
                    false).unless(NOT_A_PURCHASE),
            MethodRule.of("drugs.acquire-by-channel", Hazard.NON_VIOLENT_CRIMES,
                    "darknet darkweb dark deep plug dealer dealers vendor vendors",
                    "\\b(darknet|dark ?web|deep web|" + DEALER + ")\\b.{0,50}\\b(" + SLANG + "|" + NAMED + "|" + AMBIGUOUS + "|drugs)\\b"
                            + "|\\b(" + SLANG + "|" + NAMED + "|" + AMBIGUOUS + "|drugs)\\b.{0,50}\\b(darknet|dark ?web|deep web"
                            + "|" + DEALER + ")\\b|\\b(plug|vendor|vendors)\\b.{0,40}\\b(" + SLANG + "|" + NAMED + ")\\b|\\b(" + SLANG
                            + "|" + NAMED + ")\\b.{0,40}\\b(plug|vendor|vendors)\\b",
                    false).unless(NOT_A_PURCHASE));
}
