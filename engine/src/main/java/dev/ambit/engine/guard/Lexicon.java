package dev.ambit.engine.guard;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Word classes the detectors reason with: who or what a verb is aimed at, and which verbs do harm. */
final class Lexicon {
    private Lexicon() {}

    /** Words that name a person or people (the target that turns "kill" from a process into a crime). */
    static final Set<String> PERSON = words(
            "person", "persons", "people", "someone", "somebody", "anyone", "anybody", "everyone", "everybody",
            "human", "humans", "humanity", "mankind", "man", "men", "woman", "women", "child", "children", "kid",
            "kids", "baby", "babies", "toddler", "toddlers", "infant", "boy", "boys", "girl", "girls", "teen",
            "teenager", "teenagers", "wife", "husband", "spouse", "partner", "girlfriend", "boyfriend", "ex", "exes",
            "fiance", "fiancee", "family", "families", "mother", "father", "mom", "mum", "dad", "parent",
            "parents", "grandparent", "grandparents", "grandmother", "grandfather", "grandma", "grandpa", "brother",
            "sister", "son", "daughter", "sibling", "siblings", "cousin", "uncle", "aunt", "nephew", "niece",
            "relative", "relatives", "neighbour", "neighbor", "neighbours", "neighbors", "boss", "manager",
            "coworker", "coworkers", "colleague", "colleagues", "employee", "employees", "teacher", "teachers",
            "student", "students", "classmate", "classmates", "friend", "friends", "date", "roommate", "flatmate",
            "cop", "cops", "policeman", "policemen", "officer", "officers", "politician", "politicians",
            "president", "senator", "mayor", "minister", "judge", "journalist", "journalists", "priest", "rabbi",
            "imam", "stranger", "strangers", "victim", "victims", "hostage", "hostages", "pedestrian",
            "pedestrians", "passenger", "passengers", "customer", "customers", "patient", "patients", "doctor",
            "nurse", "landlord", "tenant", "rival", "enemy", "enemies", "opponent", "bully", "bullies", "crowd",
            "crowds", "population", "civilians", "civilian", "villagers", "citizens", "worker", "workers",
            "him", "her", "them", "he", "she", "they", "body", "bodies", "corpse", "corpses", "immigrants",
            "refugees", "migrants", "minorities", "celebrity", "celebrities", "classmates", "wives", "husbands",
            "daughters", "sons", "grandchild", "grandchildren", "babysitter", "nanny", "teammate", "guy", "guys",
            "lady", "ladies", "gentleman", "elderly", "pensioner", "pensioners", "homeless", "tinder", "ceo",
            "king", "queen", "prince", "princess", "soldier", "soldiers", "protesters", "protestors", "voters",
            "worshippers", "congregation", "audience", "spectators", "shoppers", "commuters", "pupils", "stepfather",
            "stepmother", "stepson", "stepdaughter", "stepbrother", "stepsister", "stepdad", "stepmom", "criminals",
            "criminal", "prisoners", "prisoner", "inmates", "inmate", "suspects", "suspect", "thieves", "thief",
            "protesters", "dissidents", "opponents", "journalist", "reporter", "witness", "witnesses", "informant",
            "snitch", "coworker", "cashier", "clerk", "guard", "guards", "security guard", "bouncer", "waiter",
            "waitress", "driver", "driver's", "cyclist", "cyclists", "jogger", "runner", "hiker", "tourist",
            "tourists", "lover", "mistress", "fiancé", "classmate", "roommates", "housemate", "flatmates",
            "landlady", "tenants", "employer", "ceo", "senators", "judges", "lawyer", "attorney", "nurse", "nurses",
            "doctors", "surgeon", "pastor", "monk", "nun", "nuns", "child's", "people's", "individual",
            "individuals", "members", "member", "girlfriend's", "husband's", "wife's", "partner's", "grandson",
            "granddaughter", "newborn", "fetus", "twins", "teens", "adults", "adult", "elder", "elders", "senior",
            "seniors", "veterans", "veteran", "migrant", "refugee", "immigrant", "foreigner", "foreigners", "bully",
            "rapist", "pedophile", "sheriff", "deputy", "trooper", "detective", "diplomat",
            "ambassador", "governor", "congressman", "congresswoman", "chancellor", "pope", "bishop");

    /** Parts of a body: harmful when they belong to a person. */
    static final Set<String> BODY_PART = words(
            "head", "heads", "skull", "face", "faces", "neck", "throat", "spine", "sternum", "ribs", "rib",
            "chest", "heart", "kidney", "kidneys", "liver", "lungs", "lung", "stomach", "gut", "guts", "eye",
            "eyes", "teeth", "tooth", "jaw", "nose", "arm", "arms", "leg", "legs", "knee", "knees", "kneecap",
            "kneecaps", "hand", "hands", "finger", "fingers", "foot", "feet", "wrist", "wrists", "vein", "veins",
            "artery", "arteries", "skin", "brain", "brains", "back", "bones", "bone", "limbs", "limb", "ear",
            "ears", "tongue", "throats", "life", "lives", "windpipe", "carotid", "jugular", "thigh", "thighs");

    /** Things a person owns: damaging or taking them is a property crime. */
    static final Set<String> PROPERTY = words(
            "car", "cars", "motorbike", "motorcycle", "bike", "bicycle", "tires", "tyres", "tire", "tyre",
            "house", "home", "apartment", "flat", "garage", "shed", "garden", "window", "windows", "door", "lock",
            "wallet", "purse", "phone", "laptop", "computer", "bag", "handbag", "jewelry", "jewellery", "money",
            "cash", "identity", "property", "truck", "van", "boat", "store", "shop", "business", "office",
            "mailbox", "fence", "lawn", "vehicle", "playstation", "xbox", "tv", "television", "watch", "ring",
            "camera", "credit", "card", "cards", "savings", "pension", "inheritance", "dog", "cat", "pet", "horse");

    /** Places and structures whose destruction endangers people. */
    static final Set<String> STRUCTURE = words(
            "house", "home", "building", "buildings", "school", "schools", "hospital", "hospitals", "church",
            "churches", "mosque", "mosques", "synagogue", "synagogues", "temple", "stadium", "concert", "festival",
            "airport", "plane", "airplane", "aircraft", "train", "subway", "metro", "station", "bus", "embassy",
            "base", "barracks", "city", "cities", "town", "village", "villages", "country", "office", "mall",
            "market", "bridge", "dam", "power", "plant", "parliament", "capitol", "courthouse", "police",
            "restaurant", "club", "nightclub", "bar", "hotel", "apartment", "block", "tower", "skyscraper",
            "crowd", "parade", "rally", "museum", "university", "campus", "classroom", "neighbourhood",
            "neighborhood", "car", "cars", "vehicle", "ship", "port", "refinery", "pipeline", "grid", "factory",
            "supply", "reservoir", "reservoirs", "well", "wells", "water", "crowd",
            "kindergarten", "daycare", "nursery", "playground", "clinic");

    /** Protected groups, named by a plural noun on their own. */
    static final Set<String> GROUP_NOUN = words(
            "women", "men", "jews", "muslims", "christians", "hindus", "buddhists", "sikhs", "atheists",
            "catholics", "protestants", "mormons", "asians", "latinos", "latinas", "latinx", "hispanics", "arabs",
            "africans", "roma", "gypsies", "immigrants", "migrants", "refugees", "foreigners", "lesbians", "gays",
            "blacks", "whites", "mexicans", "chinese", "indians", "pakistanis", "africans", "europeans", "americans",
            "russians", "ukrainians", "palestinians", "israelis", "irish", "poles", "germans", "transgenders",
            "homosexuals", "bisexuals", "girls", "boys", "elderly", "disabled", "handicapped", "autistics",
            "pensioners", "homeless", "poor", "aboriginals", "natives", "jewish", "muslim", "feminists", "blondes");

    /** Adjectives that name a protected group when they qualify people ("gay people", not "black beans"). */
    static final Set<String> GROUP_ADJECTIVE = words(
            "black", "white", "asian", "jewish", "muslim", "christian", "hindu", "buddhist", "sikh", "catholic",
            "gay", "lesbian", "bisexual", "trans", "transgender", "nonbinary", "non", "queer", "asexual",
            "intersex", "disabled", "elderly", "old", "older", "divorced", "homeless", "indigenous", "native",
            "latino", "latina", "hispanic", "arab", "african", "mexican", "chinese", "indian", "roma", "romani",
            "pregnant", "single", "poor", "immigrant", "migrant", "refugee", "autistic", "blind", "deaf", "fat",
            "overweight", "mentally", "religious", "atheist", "lgbt", "lgbtq", "foreign", "brown", "unemployed");

    /** Nouns that make a group adjective about people. */
    static final Set<String> PEOPLE_NOUN = words(
            "people", "persons", "person", "men", "women", "folks", "folk", "kids", "children", "individuals",
            "students", "workers", "employees", "immigrants", "mothers", "fathers", "parents", "couples",
            "families", "americans", "citizens", "voters", "community", "communities", "binary", "ill", "population",
            "girls", "boys", "teens", "adults", "seniors", "refugees", "neighbours", "neighbors", "colleagues");

    /** The verbs of violence, by every form a question may use, mapped to their base form. */
    static final Map<String, String> HARM_VERB = verbs(
            "kill killed killing", "murder murdered murdering", "execute executed executing",
            "shoot shot shooting", "stab stabbed stabbing", "beat beaten beating", "overpower overpowered overpowering",
            "smash smashed smashing", "hang hanged hanging", "eliminate eliminated eliminating",
            "liquidate liquidated liquidating", "terminate terminated terminating", "tackle tackled tackling",
            "throttle throttled throttling", "strangle strangled strangling", "choke choked choking",
            "crush crushed crushing", "hit hit hitting", "punch punched punching", "hunt hunted hunting",
            "slay slain slaying", "butcher butchered butchering", "gut gutted gutting", "chop chopped chopping",
            "cut cut cutting", "rip ripped ripping", "poison poisoned poisoning", "hammer hammered hammering",
            "saw sawed sawing", "snipe sniped sniping", "attack attacked attacking", "push pushed pushing",
            "euthanize euthanized euthanizing", "euthanise euthanised euthanising", "kidnap kidnapped kidnapping",
            "abduct abducted abducting", "torture tortured torturing", "obliterate obliterated obliterating",
            "annihilate annihilated annihilating", "exterminate exterminated exterminating",
            "eradicate eradicated eradicating", "decimate decimated decimating", "massacre massacred massacring",
            "assassinate assassinated assassinating", "maim maimed maiming", "injure injured injuring",
            "hurt hurt hurting", "harm harmed harming", "drown drowned drowning", "burn burned burning",
            "suffocate suffocated suffocating", "smother smothered smothering", "behead beheaded beheading",
            "dismember dismembered dismembering", "mutilate mutilated mutilating", "capture captured capturing",
            "pierce pierced piercing", "crack cracked cracking", "shatter shattered shattering",
            "destroy destroyed destroying", "slash slashed slashing", "sever severed severing", "wipe wiped wiping",
            "take took taking", "blow blew blowing", "bomb bombed bombing", "explode exploded exploding",
            "set set setting", "dispose disposed disposing", "break broke breaking", "run ran running",
            "electrocute electrocuted electrocuting", "starve starved starving", "lynch lynched lynching",
            "bludgeon bludgeoned bludgeoning", "disembowel disemboweled disemboweling", "impale impaled impaling",
            "decapitate decapitated decapitating", "ambush ambushed ambushing", "assault assaulted assaulting",
            "rape raped raping", "molest molested molesting", "slit slit slitting", "gas gassed gassing",
            "nuke nuked nuking", "firebomb firebombed firebombing", "torch torched torching",
            "demolish demolished demolishing", "wreck wrecked wrecking", "do did doing", "knife knifed knifing",
            "whip whipped whipping", "batter battered battering", "trample trampled trampling",
            "incapacitate incapacitated incapacitating", "subdue subdued subduing", "ruin ruined ruining",
            "get got getting", "end ended ending", "finish finished finishing", "waste wasted wasting",
            "sedate sedated sedating", "drug drugged drugging", "skin skinned skinning", "flay flayed flaying",
            "knock knocked knocking", "snuff snuffed snuffing", "bury buried burying", "harass harassed harassing",
            "bully bullied bullying", "stalk stalked stalking", "humiliate humiliated humiliating",
            "terrorize terrorized terrorizing", "terrorise terrorised terrorising", "torment tormented tormenting",
            "dox doxxed doxxing", "contaminate contaminated contaminating", "infect infected infecting",
            "kick kicked kicking", "slap slapped slapping", "scald scalded scalding", "blind blinded blinding",
            "paralyze paralyzed paralyzing", "cripple crippled crippling", "castrate castrated castrating",
            "slaughter slaughtered slaughtering", "maul mauled mauling", "mow mowed mowing", "gun gunned gunning",
            "headshot headshotted headshotting", "traffic trafficked trafficking", "smuggle smuggled smuggling", "swat swatted swatting",
            "jump jumped jumping", "rough roughed roughing");

    /** Creatures of games and stories: a capitalised "Ender Dragon" is not a person. */
    static final Set<String> CREATURE = words(
            "dragon", "dragons", "zombie", "zombies", "monster", "monsters", "orc", "orcs", "goblin", "goblins", "troll",
            "trolls", "demon", "demons", "alien", "aliens", "robot", "robots", "vampire", "vampires", "werewolf",
            "werewolves", "creeper", "creepers", "npc", "npcs", "mob", "mobs", "ghost", "ghosts", "boss", "bosses",
            "titan", "titans", "beast", "beasts", "golem", "skeleton", "skeletons", "wraith", "dungeon", "raid");

    /** Past forms among {@link #HARM_VERB}, for telling a history question from a request. */
    static final Set<String> PAST_FORMS = pastForms();

    private static Map<String, String> verbs(String... specs) {
        Map<String, String> map = new HashMap<>();
        for (String spec : specs) {
            String[] f = spec.split(" ");
            String base = f[0];
            map.put(base, base);
            map.put(base.endsWith("sh") || base.endsWith("ch") || base.endsWith("ss") ? base + "es" : base + "s", base);
            map.put(f[1], base);
            map.put(f[2], base);
            if (f[1].endsWith("ed")) {
                map.putIfAbsent(f[1], base);
            }
        }
        map.put("slew", "slay");
        map.put("hung", "hang");
        map.put("shoots", "shoot");
        map.put("blown", "blow");
        map.put("taken", "take");
        map.put("broken", "break");
        map.put("done", "do");
        map.put("gotten", "get");
        return java.util.Collections.unmodifiableMap(map);
    }

    private static Set<String> pastForms() {
        java.util.HashSet<String> past = new java.util.HashSet<>();
        for (Map.Entry<String, String> e : HARM_VERB.entrySet()) {
            String w = e.getKey();
            if (w.endsWith("ed") || Set.of("shot", "slain", "slew", "hung", "took", "taken", "blew", "blown",
                    "broke", "broken", "ran", "did", "done", "got", "gotten").contains(w)) {
                past.add(w);
            }
        }
        return java.util.Collections.unmodifiableSet(past);
    }

    /** A set that tolerates repeats, so word lists can grow without bookkeeping. */
    static Set<String> words(String... words) {
        // A registered list: a WordSet answers "any of these?" with one bit test (see WordList).
        return WordList.of(java.util.Arrays.asList(words));
    }

    /**
     * Whether {@code words} holds any word of {@code list}, probing with the smaller of the two: a sentence's dozen
     * words against a long list, or a long prompt's words against a short list. Called per sentence by many rules.
     */
    static boolean mentionsAny(Set<String> list, Set<String> words) {
        if (list instanceof WordList registered && words instanceof WordSet text) {
            return text.mentions(registered);
        }
        Set<String> probe = words.size() <= list.size() ? words : list;
        Set<String> in = probe == words ? list : words;
        for (String w : probe) {
            if (in.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean isPerson(String word) {
        return PERSON.contains(word) || GROUP_NOUN.contains(word);
    }
}
