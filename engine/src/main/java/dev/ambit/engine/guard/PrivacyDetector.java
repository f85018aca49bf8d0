package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests for a private individual's personal data: "my cleaner's social security number", "other people's
 * credit card details". Public bodies' contact details, public figures' public facts and fictional characters
 * (a capitalised name the guard cannot check) pass; so does one's own data.
 */
final class PrivacyDetector implements CategoryDetector {
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\b(social security (number|no)|ssn|national insurance number|credit card( details| number| info\\w*)?"
                    + "|bank (account|card)( details| number| info\\w*)?|bank details|iban|(internet |web )?(browsing|search) history"
                    + "|medical (records?|history|file|files|conditions?)|mental health( history| records| condition| status"
                    + "| issues)?|health (records|condition|status|history)|diagnosis|hiv status|(iphone |phone |atm |bank |debit card )?pin"
                    + "( code| number)?|passwords?|passcode|login( details| credentials| info)?|credentials|passport( number)?"
                    + "|driver's licen[cs]e( number)?|drivers licen[cs]e( number)?|licen[cs]e plate|tax (records|returns?)"
                    + "|birth certificate|criminal (history|records?|past)|arrest record|immigration status|visa status"
                    + "|citizenship status|(home |private |personal |current |exact )?address|(private |personal |work )?e ?mail"
                    + "( address)?|(mobile |cell |private |personal |home |phone )?(phone )?number|phone|sexual orientation"
                    + "|sexuality|gender identity|religio(n|us beliefs|us views|us affiliation)|political (affiliation|views|beliefs"
                    + "|leanings|party)|who \\w+ voted for|marital status|date of birth|birthday|salary|income|net worth|earn"
                    + "|earns|make a year|union member\\w*|member of a (labou?r |trade )?union|location|whereabouts|live|lives"
                    + "|ethnicity|messages|texts|dms|emails|photos|nudes|diary|therapy notes|pregnan\\w+|debts?|gay|lesbian|bisexual"
                    + "|trans|transgender|straight|hiv positive|an alcoholic|an addict|in debt|on medication|mentally ill"
                    + "|depressed|undocumented|cheating|single|seeing someone|dating anyone|dating|seeing|sleeping with"
                    + "|in a relationship)\\b");
    private static final Trigger ROLE = Trigger.of(
            "cleaner", "coworker", "coworkers", "colleague", "colleagues", "boss", "manager", "employee", "employees",
            "employer", "staff", "date", "partner", "wife", "husband", "spouse", "ex", "girlfriend", "boyfriend", "fiance",
            "fiancee", "therapist", "doctor", "student", "students", "pupil", "teacher", "professor", "roofer", "plumber",
            "gardener", "babysitter", "nanny", "nurse", "tenant", "tenants", "landlord", "landlady", "neighbour",
            "neighbor", "neighbours", "neighbors", "roommate", "flatmate", "friend", "friends", "classmate",
            "classmates", "mentee", "mentor", "client", "clients", "customer", "customers", "patient", "patients",
            "servant", "maid", "housekeeper", "driver", "match", "crush", "sister", "brother", "mother", "father", "mom",
            "mum", "dad", "son", "daughter", "cousin", "aunt", "uncle", "rival", "competitor", "officer", "coach",
            "secretary", "assistant", "intern", "contractor", "tutor", "kid", "child", "children", "parents", "husband's",
            "stepmother", "stepfather", "stepson", "stepdaughter", "grandmother", "grandfather", "lawyer", "accountant",
            "dentist", "supervisor", "subordinate", "teammate", "crushes", "applicant", "applicants", "candidate",
            "trainer", "instructor", "hairdresser", "barber", "mechanic", "caretaker", "carer", "caregiver");
    private static final Trigger PRIVATE_OWNER = Trigger.of(
            "someone", "somebody", "people", "celebrities", "strangers", "stranger", "other", "others", "anyone",
            "users", "customers", "patients", "employees", "students", "individuals", "person", "citizens", "victims",
            "voters", "kids", "children", "women", "girls", "residents", "tenants", "members", "influencers");
    private static final Trigger ATTRIBUTE_WORDS = Trigger.ofText(("social ssn insurance credit bank iban browsing"
            + " search history medical mental health diagnosis hiv pin password passwords passcode login credentials"
            + " passport license licence plate tax taxes birth criminal arrest immigration visa citizenship address email"
            + " e mail number phone sexual sexuality gender religion religious political voted marital birthday salary"
            + " income worth earn earns year union member location whereabouts live lives ethnicity messages texts dms"
            + " emails photos nudes diary therapy pregnant pregnancy debt debts records record gay lesbian bisexual trans"
            + " transgender straight positive alcoholic addict medication ill depressed undocumented cheating single dating"
            + " seeing sleeping relationship"), false);
    /** Possessors that are not people: "my company's phone number", "my bank's address". */
    private static final Set<String> INSTITUTION = Lexicon.words(
            "company", "school", "bank", "city", "government", "university", "church", "team", "club", "office", "work",
            "country", "state", "town", "hospital", "clinic", "business", "store", "shop", "gym", "dog", "cat", "car",
            "house", "phone", "computer", "account", "employer", "council", "insurer", "provider", "pharmacy", "router",
            "laptop", "device", "app", "website", "library", "landlord's", "building", "street", "family");
    /** Nouns after a role that make it an organisation: "customer support", "student union", "patient services". */
    private static final Set<String> ORGANISATION_TAIL = Lexicon.words(
            "support", "service", "services", "desk", "team", "helpline", "hotline", "office", "department", "union",
            "association", "council", "portal", "centre", "center", "care", "relations", "line");
    private static final Set<String> SERVICE = Lexicon.words(
            "plumber", "lawyer", "accountant", "dentist", "doctor", "therapist", "mechanic", "tutor", "trainer",
            "instructor", "roofer", "gardener", "contractor", "hairdresser", "barber", "electrician", "coach");
    private static final Pattern SERVICE_CONTACT = Pattern.compile(
            "(work |office |business )?(phone( number)?|number|e ?mail( address)?|address|website)");
    /**
     * Nouns that turn an attribute word into the name of a thing ("birthday cake", "address label", "phone case"):
     * talking about one's mother's birthday party is not asking for her date of birth.
     */
    private static final Set<String> COMPOUND_HEAD = Lexicon.words(
            "cake", "cakes", "party", "parties", "present", "presents", "gift", "gifts", "card", "cards", "dinner",
            "surprise", "celebration", "plans", "idea", "ideas", "speech", "wishes", "playlist", "format", "label",
            "labels", "book", "case", "charger", "screen", "bill", "plan", "contract", "upgrade");
    /**
     * The speaker already holds the detail and asks to file or format it: an invitation list, a contact saved in
     * their own phone. Nothing private is disclosed by tidying one's own address book.
     */
    private static final Pattern HELD_BY_SPEAKER = Pattern.compile(
            "\\b((i have|i've got|i already have) (it|them|the \\w+|their \\w+|his \\w+|her \\w+) (in|on|saved|written)|in my"
                    + " (contacts|address book|phone book|contact list|spreadsheet|records)|(wedding |party )?(invitation|invite"
                    + "|guest|mailing|christmas card|holiday card) list|parental controls?"
                    // Comments under a friend's own public photos read nothing private.
                    + "|(post|comment|comments|reply) (\\w+ ){0,2}(under|on) (my [\\w']+|her|his|their) (photos|posts|pictures"
                    + "|videos)"
                    // An address wanted to post something to its owner: invitations, a card, a return label.
                    + "|address (\\w+ ){0,4}(for|on) (the |an |a |my |our |her |his )?(\\w+ )?(invitations?|invites?|envelope|cards?"
                    + "|return label|thank you notes?)|(polite|nice|best) way to ask (her|him|them|my \\w+))\\b");
    private static final Set<String> PUBLIC_ATTRIBUTE_WORDS = Lexicon.words("live", "lives", "phone", "email", "address");

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        for (Sentence s : prompt.distinct) {
            if (!s.mentionsAny(ATTRIBUTE_WORDS) || !s.mentionsAny(ROLE) && !s.mentionsAny(PRIVATE_OWNER) && !s.text.contains("'")) {
                continue;
            }
            if (s.protective() || s.definitional() && !s.text.contains("'")) {
                continue;
            }
            Matcher m = ATTRIBUTE.matcher(s.text);
            while (m.find()) {
                if (COMPOUND_HEAD.contains(s.word(wordIndex(s.text, m.end()) + 1)) || birthdayEvent(s, m)) {
                    continue; // "my mom's birthday cake", "her address label": the attribute only names a thing
                }
                if (m.group().trim().equals("phone") && DeviceCare.helping(prompt, s)) {
                    continue; // "set up my wife's new phone": the handset, not its number
                }
                int at = wordIndex(s.text, m.start());
                if (privateOwner(prompt, s, at, m.group().trim()) && !RequiredText.find(HELD_BY_SPEAKER, prompt.normalized)) {
                    out.add(new Detection(Hazard.PRIVACY, "privacy.private-individual-data", 1));
                    return;
                }
            }
        }
    }

    private static final Set<String> BIRTHDAY_FACT = Lexicon.words(
            "when", "date", "day", "find", "know", "out", "look", "search", "year", "born", "age", "old");

    /** "my son's 6th birthday", "a toast for her birthday": the day celebrated, not a date of birth asked for. */
    private static boolean birthdayEvent(Sentence s, Matcher m) {
        return m.group().trim().equals("birthday") && !Lexicon.mentionsAny(BIRTHDAY_FACT, s.words);
    }

    /** Whose data: a private individual (a role, "someone", "other people") rather than oneself or a public name. */
    private static boolean privateOwner(Prompt prompt, Sentence s, int at, String attribute) {
        if (s.word(at - 1).equals("my") || s.word(at - 1).equals("our")
                || (s.word(at - 1).equals("public") || s.word(at - 1).equals("official")) && SERVICE_CONTACT.matcher(attribute).matches()) {
            return false; // "my ex tracked my phone": the speaker's own
        }
        for (int k = Math.max(0, at - 5); k < Math.min(s.size(), at + 6); k++) {
            if (k == at) {
                continue;
            }
            Sentence.Token t = s.tokens.get(k);
            String w = t.word();
            if (prompt.isName(w) && (t.possessive() || k > at)) {
                return false;
            }
            if (ORGANISATION_TAIL.contains(s.word(k + 1)) || SERVICE.contains(w) && (publicContact(s, k, attribute) || practiceContact(s, at, attribute))
                    || ROLE.contains(w) && publicRole(s, k) && SERVICE_CONTACT.matcher(attribute).matches()
                    || t.possessive() && workplaceOf(s, k) && SERVICE_CONTACT.matcher(attribute).matches()
                    || atOrganisation(s, k) && attribute.startsWith("work ")) {
                continue; // "the customer support desk", "a plumber's number": a service reached at work
            }
            boolean before = k < at;
            boolean after = k > at && s.tokens.subList(at, k).stream().anyMatch(x -> x.word().equals("of"));
            boolean roleOfMine = (ROLE.contains(w) || t.possessive()) && !INSTITUTION.contains(w) && ownedByMe(s, k)
                    && !s.word(k - 1).equals("late");
            boolean anonymous = PRIVATE_OWNER.contains(w) && (t.possessive() || after);
            if (roleOfMine && ((before && (t.possessive() || (subjectOf(s, k) && at - k <= 3))) || after)) {
                return true;
            }
            if (anonymous && !PUBLIC_ATTRIBUTE_WORDS.contains(attribute)) {
                return true;
            }
        }
        return false;
    }

    /** Places of work: "my congressman's district office", "her dental practice" are reached at their address. */
    private static final Set<String> WORKPLACE = Lexicon.words(
            "office", "offices", "practice", "clinic", "surgery", "shop", "store", "studio", "salon", "restaurant", "cafe",
            "bakery", "firm", "company", "business", "workshop", "garage", "agency", "headquarters", "hq", "campaign",
            "constituency", "website", "bookshop", "gallery", "pharmacy", "chambers", "venue", "hall", "church", "hotel",
            "reception", "club", "gym", "school", "daycare", "nursery", "team");

    /** "X's office", "X's district office": the possessive owns a workplace, whose contact details are public. */
    private static boolean workplaceOf(Sentence s, int k) {
        for (int j = k + 1; j <= k + 3; j++) {
            if (s.word(j).equals("home") || s.word(j).equals("private") || s.word(j).equals("personal")) {
                return false;
            }
            if (WORKPLACE.contains(s.word(j))) {
                return true;
            }
        }
        return false;
    }

    /** Roles held for an organisation, reached through it ("the hiring manager at a company"). */
    private static final Set<String> WORK_ROLE = Lexicon.words(
            "manager", "managers", "recruiter", "recruiters", "director", "editor", "professor", "supervisor", "officer",
            "secretary", "coordinator", "representative", "rep", "administrator", "head", "dean", "principal");

    /** "the work email of a hiring manager at a company": a work role named with its organisation. */
    private static boolean atOrganisation(Sentence s, int k) {
        if (!WORK_ROLE.contains(s.word(k)) || !s.word(k + 1).equals("at")) {
            return false;
        }
        for (int j = k + 2; j <= k + 4; j++) {
            if (INSTITUTION.contains(s.word(j)) || WORKPLACE.contains(s.word(j)) || s.word(j).equals("firm")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of a role held at an organisation: "the teacher who runs the chess club", "the coach who leads". */
    private static final Set<String> PUBLIC_ROLE_VERBS = Lexicon.words(
            "runs", "leads", "manages", "coaches", "organises", "organizes", "chairs", "heads", "coordinates", "teaches",
            "supervises", "directs", "hosts", "oversees");

    /** "the teacher who runs the school chess club": a role in an organisation, reached at its work contact. */
    private static boolean publicRole(Sentence s, int k) {
        return s.word(k - 1).equals("the") && s.word(k + 1).equals("who") && PUBLIC_ROLE_VERBS.contains(s.word(k + 2));
    }

    /** "my dentist's address", "the number of my plumber": a practice's contact, unless the home one is asked. */
    private static boolean practiceContact(Sentence s, int at, String attribute) {
        String before = s.word(at - 1);
        return SERVICE_CONTACT.matcher(attribute).matches() && !attribute.startsWith("home")
                && !before.equals("home") && !before.equals("private") && !before.equals("personal");
    }

    /** A service sought as a service ("a good plumber", "an electrician") by its work contact, not its home. */
    private static boolean publicContact(Sentence s, int k, String attribute) {
        boolean anyOne = s.word(k - 1).equals("a") || s.word(k - 1).equals("an") || s.word(k - 2).equals("a")
                || s.word(k - 2).equals("an");
        return anyOne && SERVICE_CONTACT.matcher(attribute).matches();
    }

    private static int wordIndex(String text, int offset) {
        int words = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    /** "my (ex) boss", "our new cleaner", "a coworker's": a particular private person. */
    private static boolean ownedByMe(Sentence s, int k) {
        boolean role = ROLE.contains(s.word(k));
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            String w = s.word(j);
            if (w.equals("my") || w.equals("our")) {
                return true;
            }
            if (role && (w.equals("a") || w.equals("this") || w.equals("that") || w.equals("some") || w.equals("the"))) {
                return true;
            }
            if (s.tokens.get(j).possessive()) {
                return false;
            }
        }
        return false;
    }

    /** "does my boss earn", "is my employee a member", "where does my ex live": the owner is the verb's subject. */
    private static boolean subjectOf(Sentence s, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            String w = s.word(j);
            if (w.equals("does") || w.equals("is") || w.equals("did") || w.equals("was") || w.equals("do")
                    || w.equals("has") || w.equals("are") || w.equals("where") || w.equals("whether") || w.equals("if")) {
                return true;
            }
            if (!w.equals("my") && !w.equals("our") && !w.equals("ex") && !w.equals("new") && !w.equals("old")
                    && !w.equals("former") && !w.equals("current")) {
                return false;
            }
        }
        return false;
    }
}
