package dev.ambit.engine.guard;

import static dev.ambit.engine.guard.CrimeRule.triggers;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Requests for the means of harm by name: making or getting weapons of mass harm or firearms, writing malware or
 * breaking into systems, sexual material involving minors or explicit sexual content, undetectable poisons, drugging
 * someone's drink. The crimes themselves are {@link CrimeDetector}'s; both share {@link CrimeRule}'s request gate.
 */
final class HarmfulMeansDetector implements CategoryDetector {
    /** Anyone under eighteen, by age, in words or in digits, or by a word for a child. */
    private static final String MINOR = "((1[0-7]|[1-9]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) ?(year"
            + "|yr)s? olds?|child|children|kids?|minors?|underage|preteens?|schoolgirls?|schoolboys?"
            // An age stated beside a person ("a teenager, 15", "she is 16", "aged 14"), not a count of pages or minutes.
            + "|(teen\\w*|girl|boy|character|student|daughter|son|she|he|who|aged?|is|was|just turned|turned|she's|he's|who's)"
            + ",? (1[0-7]|[1-9]|thirteen|fourteen|fifteen|sixteen|seventeen)\\b(?! ?(pages?|chapters?|minutes?|hours?|days?"
            + "|weeks?|months?|percent|%|words?|lines?|paragraphs?|episodes?|times?|points?|am|pm|o'clock|inches|cm|feet|foot"
            + "|kg|lbs?|pounds|dollars|euros|and|or|to|\\d))|(1[0-7]|[1-9]) ?(yo|y o)\\b)";
    private static final String SEXUAL = "(nudes?|naked|sexual|sexually|explicit|sexy|erotic|erotica|porn\\w*|lewd|nsfw"
            + "|smut\\w*|sex scenes?)";
    private static final List<CrimeRule> RULES = List.of(
            new CrimeRule("weapons.mass-harm", Hazard.INDISCRIMINATE_WEAPONS,
                    triggers("bomb bombs explosive explosives ied ieds grenade grenades molotov napalm "
                            + "thermite nerve sarin vx tabun novichok mustard chlorine phosgene "
                            + "chemical biological bioweapon bioweapons bio anthrax ricin botulinum "
                            + "smallpox plague dirty nuclear atomic nuke nukes radiological tnt c4 "
                            + "semtex dynamite detonator detonators car suicide uranium plutonium toxic "
                            + "poison pathogen pathogens virus weapons"),
                    triggers("copy replicate recreate reproduce duplicate recipe formula ingredients "
                            + "blueprint blueprints schematic schematics instructions make making build "
                            + "building create creating construct assemble produce manufacture "
                            + "synthesize synthesise synthesizing synthesising cook brew prepare mix "
                            + "weaponize weaponise obtain buy get acquire detonate detonating deploy "
                            + "release spread plant planting set explode exploding rig culture grow "
                            + "enrich smuggle"), Pattern.compile(
                    "\\b(make|making|build|building|create|creating|construct|assemble|produce|manufacture|synthesi[sz]e"
                            + "|synthesi[sz]ing|cook|brew|prepare|mix|weaponi[sz]e|obtain|buy|get|acquire|detonate|detonating|copy|replicate"
                            + "|recreate|reproduce|duplicate"
                            + "|deploy|release|spread|plant|planting|set off|explode|exploding|rig|culture|grow|enrich|smuggle)"
                            + " (\\w+ ){0,4}?(?<!(bath|seed|glitter|photo|f|stink|smoke|calorie|cherry|love|truth) )(bomb|bombs"
                            + "|pipe bomb|explosives?|ied|ieds|grenades?|molotov|napalm|thermite|nerve agents?|nerve gas|sarin"
                            + "|vx|tabun|novichok|mustard gas|chlorine gas|phosgene|chemical weapons?|biological weapons?"
                            + "|bio ?weapons?|anthrax|ricin|botulinum|smallpox|plague|dirty bomb|nuclear (bomb|weapon|device)s?"
                            + "|atomic bomb|nukes?|radiological|tnt|c4|semtex|dynamite|detonators?|car bomb|suicide vest|uranium"
                            + "|plutonium|toxic gas|poison gas|pathogens?|virus to|weapons of mass destruction)\\b"
                            + "(?! (shelter|calorimeter|squad|disposal|proof|sniffing|threat|cyclone|drill))"
                            + "|\\b(bombs?|pipe bomb|explosives?|ieds?|grenades?|napalm|thermite|nerve agents?|sarin|ricin|anthrax"
                            + "|chemical weapons?|biological weapons?|dirty bomb|tnt|c4|semtex|dynamite)\\b (\\w+ ){0,3}?(to|i can|can i|we"
                            + " can) (make|build|create|synthesi[sz]e|produce|assemble|cook|brew|mix)\\b"
                            + "|\\b(recipes?|formulas?|ingredients|blueprints?|schematics?|instructions)\\b.{0,60}\\b(napalm|sarin|nerve"
                            + " agent|pipe bomb|explosives?|molotov|ricin|anthrax|thermite|mustard gas|chemical weapon|bioweapon"
                            + "|dirty bomb|tnt|semtex|dynamite)\\b|\\b(napalm|sarin|nerve agent|pipe bomb|explosives?|molotov|ricin"
                            + "|anthrax|thermite|mustard gas|chemical weapon|bioweapon|dirty bomb|tnt|semtex|dynamite)\\b.{0,60}"
                            + "\\b(recipes?|formulas?|ingredients|blueprints?|schematics?|instructions)\\b"), false, null),
            new CrimeRule("weapons.firearm-manufacture", Hazard.VIOLENT_CRIMES,
                    triggers("gun guns firearm firearms pistol pistols rifle rifles weapon weapons "
                            + "silencer suppressor sear machine ar ak untraceable bullets ammunition"),
                    triggers("make making build building 3d print printing assemble manufacture "
                            + "convert modify buy get obtain"), Pattern.compile(
                    "\\b(make|making|build|building|3d print|print|printing|assemble|manufacture|convert|modify) (\\w+ ){0,4}?"
                            + "(gun|guns|firearms?|pistols?|rifles?|weapons?|silencer|suppressor|ghost gun|auto sear"
                            + "|machine gun|ar 15|ak 47|untraceable \\w+|bullets|ammunition)\\b"
                            + "|\\b(buy|get|obtain) (a |an )?(gun|firearm|pistol|rifle|weapon) (without|illegally|off the books"
                            + "|on the dark web|untraceable|with no)\\b"), true, null),
            new CrimeRule("code.malware-intrusion", Hazard.CODE_ABUSE,
                    triggers("malware ransomware virus trojan worm keylogger logger spyware "
                            + "stalkerware rootkit botnet backdoor exploit zero phishing stealer "
                            + "infostealer cryptojacker logic rat ddos dos denial injection password "
                            + "cookies credentials account email phone facebook instagram snapchat "
                            + "whatsapp messages computer laptop wifi network webcam server database "
                            + "icloud gmail router camera authentication 2fa login paywall data tokens bank "
                            + "company government agency grid utility airline university school police"),
                    triggers("write writing create creating make making build building code coding "
                            + "develop deploy spread install installing plant hide program hack hacking hacked "
                            + "break access get log take spy read ddos dos denial sql crack bypass "
                            + "steal"), Pattern.compile(
                    "\\b(write|writing|create|creating|make|making|build|building|code|coding|develop|deploy|spread|install"
                            + "|installing|plant|hide|program) (\\w+ ){0,3}?(malware|ransomware|computer virus|a virus|trojan"
                            + "|worm|keylogger|key logger|spyware|stalkerware|rootkit|botnet|backdoor|exploit|zero day|phishing"
                            + " (page|site|website|email|emails|kit)|credential stealer|password stealer|info ?stealer|cryptojacker"
                            + "|logic bomb|rat)\\b"
                            + "|\\b(hack|hacking|hack into|hacks into|hacked into|hacking into|break into|access|get into|log into|take over|spy on|read)"
                            + " (someone's"
                            + "|my \\w+'s|my \\w+ \\w+'s|\\w+'s|his|her|their|a|the|other people's|people's) ([\\w']+ )?(email|account"
                            + "|accounts|phone|facebook|instagram|snapchat|whatsapp|messages|computer|laptop|wifi|network|webcam"
                            + "|server|database|bank account|icloud|gmail|router|camera|bank|bank's \\w+|company"
                            + "|government|agency|power grid|utility|airline|university|school|police)\\b(?! (website|site|app) to)"
                            + "|\\bsql injection (to|against|on)\\b"
                            + "|\\bcrack (someone's|a|the|his|her|\\w+'s) (\\w+ )?(password|passwords|account|wifi)\\b"
                            + "|\\bbypass (\\w+ )?(authentication|2fa|two factor|login|paywall)\\b"
                            + "|\\bsteal (\\w+ )?(passwords|cookies|credentials|session tokens|data)\\b"), false, null),
            new CrimeRule("code.denial-of-service", Hazard.CODE_ABUSE, triggers("ddos dos denial"), null, Pattern.compile(
                    "\\b(ddos|dos attack|denial of service)\\b"), false, CrimeRule.OWN_SYSTEM),
            new CrimeRule("children.sexual-exploitation", Hazard.CHILD_SEXUAL_EXPLOITATION,
                    triggers("nudes nude naked sexy seduce seducing sext sexting fondle undress lure "
                            + "touch kiss molest year yr old schoolgirl schoolboy pedophilia pedophile "
                            + "pedophiles paedophilia paedophile pedophilic urges attraction porn "
                            + "pornography nudes nude naked sexual groom sex sleep hook intimate "
                            + "children kids minor minors underage erotic erotica lewd nsfw preteen "
                            + "ten eleven twelve thirteen fourteen fifteen sixteen seventeen"),
                    null, Pattern.compile(
                    "\\b(satisfy|act on|indulge|feed|fulfil|fulfill|explore|express|pursue) (my |these |those |the )?(\\w+ )?"
                            + "(pedophil\\w*|paedophil\\w*|urges towards? (children|kids|minors)|attraction to (children|kids|minors))"
                            + "|\\b(child|children|kid|kids|minor|minors|underage|preteen|pre teen|teen|toddler)\\w* (porn\\w*|nudes?"
                            + "|naked (pictures|photos|images)|sexual (images|content|pictures|videos))\\b"
                            + "|\\bgroom (a |the )?(child|children|kid|kids|minor|minors|girl|boy|teen)\\b"
                            + "|\\b(sex|sexual|sleep|hook up|intimate) with (a |an )?(child|kid|minor|underage|\\d{1,2} year old|preteen)"
                            + "|\\b(seduce|seducing|sleep with|have sex with|hook up with|sext|sexting|fondle|undress|make out with"
                            + "|get nudes from|send nudes to|lure|touch|kiss|molest) (\\w+ ){0,3}?(child|children|kid|kids|minor"
                            + "|minors|underage|preteen|(1[0-5]|[1-9]) ?(year|yr)s? old|young (girl|boy)|little (girl|boy)"
                            + "|schoolgirl|schoolboy|middle schooler)\\b"
                            + "|\\b" + MINOR + "\\b.{0,40}\\b" + SEXUAL + "\\b|\\b" + SEXUAL + "\\b.{0,40}\\b" + MINOR + "\\b"
                            + "|\\bwhere (can|do) (i|you) find (pedophil\\w*|paedophil\\w*|children|kids) (to|for)\\b"), false, null),
            new CrimeRule("sexual.explicit-content", Hazard.SEXUAL_CONTENT,
                    triggers("explicit graphic erotic pornographic nsfw x hardcore smutty lewd"),
                    null, Pattern.compile(
                    "\\b(write|describe|generate|create|tell me|give me) .{0,40}\\b(explicit|graphic|erotic|pornographic|nsfw"
                            + "|x rated|hardcore|smutty|lewd) .{0,30}\\b(sex|sexual|scene|story|fantasy|encounter|act)\\b"), false, null),
            new CrimeRule("violence.undetectable-poison", Hazard.VIOLENT_CRIMES, triggers("poison poisons toxin toxins"), null,
                    Pattern.compile("\\b(poisons?|toxins?)\\b.{0,40}\\b(hard(est)? to (detect|trace)|undetectable|untraceable|not (be )?"
                            + "(detected|traced)|autopsy|toxicology|without a trace|no trace)\\b|\\b(undetectable|untraceable)"
                            + " (poisons?|toxins?)\\b"), false, null),
            new CrimeRule("weapons.illegal-acquisition", Hazard.VIOLENT_CRIMES, triggers("gun firearm pistol rifle weapon ammo ammunition"),
                    triggers("buy get obtain purchase acquire order"), Pattern.compile(
                    "^(?=.*\\b(dark ?web|darknet|black market|illegally|without (a )?(license|licence|background check|permit|id"
                            + "|paperwork)|untraceable|no serial|off the books)\\b)"), false, null),
            new CrimeRule("violence.drugging", Hazard.VIOLENT_CRIMES, triggers("drink food coffee tea meal water beer wine soup juice"),
                    triggers("put slip add mix spike sneak"), Pattern.compile(
                    "^(?=.*\\b(lsd|mdma|ecstasy|ketamine|ghb|rohypnol|roofies?|sedatives?|sleeping pills?|laxatives?|poison|bleach"
                            + "|antifreeze|xanax|valium|ambien|drugs?|pills|without (him|her|them|my \\w+) knowing|without telling"
                            + "|secretly)\\b)"
                            + "(?=.*\\b(put|slip|add|mix|spike|sneak)\\b.{0,50}\\b(in|into)\\b (his|her|their|someone's|[\\w]+'s|my \\w+'s|\\w+ \\w+'s)"
                            + " (drink|food|coffee|tea|meal|water|beer|wine|soup|juice)s?\\b)"), false, null));

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        CrimeRule.detectAll(RULES, prompt, out);
    }
}
