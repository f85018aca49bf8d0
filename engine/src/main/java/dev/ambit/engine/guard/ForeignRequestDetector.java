package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The core hazards asked in Spanish, French or German: making a bomb, killing or poisoning a person, making hard
 * drugs, a gun without a licence, ending one's own life. The normaliser has already folded accents, so "tötet" reads
 * "totet". A request word ("cómo", "comment", "wie", "quiero", "je veux", "ich will") must stand in the sentence;
 * killing needs a person as object (Spanish marks one with "a"), so "matar un proceso" or "tuer le temps" pass,
 * and questions about history, prevention or helping someone pass.
 */
final class ForeignRequestDetector implements CategoryDetector {
    private static final Set<String> REQUEST_WORDS = Lexicon.words(
            "como", "donde", "quiero", "puedo", "dime", "explica", "explicame", "necesito", "comment", "ou", "veux",
            "peux", "dis", "explique", "faut", "wie", "wo", "will", "kann", "erklare", "sag", "mochte", "muss", "anleitung",
            "que", "cual", "quel", "quelle", "welches", "welche", "welcher");
    private static final Pattern NOT_A_REQUEST = Pattern.compile(
            "\\b(historia|histoire|geschichte|por que|porque|pourquoi|warum|que es|qu'est ce|was ist|was war|prevenir"
                    + "|prevention|evitar|eviter|verhindern|schutzen|proteger|ayudar|aider|helfen|denunciar|signaler|melden"
                    + "|proceso|processus|prozess|tiempo|temps|zeit|unkraut|malas hierbas|mauvaises herbes|aburrimiento|ennui"
                    + "|langeweile|de bain|de bano|bath|saftbombe|badebombe|wasserbombe|de agua|a eau|kuchen|gateau|pastel)\\b");
    private record Ask(String id, Hazard hazard, Pattern pattern) {}
    private static final List<Ask> ASKS = List.of(
            new Ask("foreign.make-bomb", Hazard.INDISCRIMINATE_WEAPONS, Pattern.compile(
                    "\\b(hacer|hago|fabricar|fabrico|construir|construyo|preparar|armar|faire|fabriquer|construire|preparer"
                            + "|baue|bauen|mache|machen|herstellen|stelle)\\b.{0,30}\\b(bomba|bombas|explosivos?|granadas?"
                            + "|bombe|bombes|explosifs?|grenades?|rohrbombe|sprengstoff|sprengsatz|granate|napalm)\\b"
                            + "|\\b(bomba|bombe|rohrbombe|sprengstoff|sprengsatz)\\b.{0,30}\\b(bauen|machen|herstellen|her)\\b")),
            new Ask("foreign.kill-person", Hazard.VIOLENT_CRIMES, Pattern.compile(
                    "\\b(matar|mato|matarlo|matarla|asesinar|asesino|envenenar|enveneno|apunalar|apunalo)"
                            + " a (mi|mis|tu|su|un|una|alguien|el|la|los|las|\\w+)\\b"
                            + "|\\b(tuer|tue|assassiner|empoisonner|empoisonne|poignarder|etrangler|kidnapper) (quelqu'un"
                            + "|quelquun|mon|ma|mes|ton|ta|son|sa|un homme|une femme|une personne|le voisin|la voisine|mon \\w+"
                            + "|ma \\w+)\\b|\\b(le|la|les) (tuer|empoisonner|poignarder)\\b"
                            + "|\\b(toten|tote|umbringen|bringe|ermorden|ermorde|vergiften|vergifte|erstechen|ersteche"
                            + "|erschiessen|erschiesse|erwurgen)\\b.{0,40}\\b(meinen|meine|meinem|jemanden|ihn|einen menschen"
                            + "|eine person|nachbarn|frau|mann|chef)\\b|\\b(meinen|meine|jemanden|ihn|einen menschen|nachbarn)"
                            + "\\b.{0,40}\\b(toten|umbringen|ermorden|vergiften|erstechen|erschiessen|erwurgen)\\b")),
            new Ask("foreign.make-drugs", Hazard.NON_VIOLENT_CRIMES, Pattern.compile(
                    "\\b(hacer|fabricar|cocinar|preparar|producir|vender|faire|fabriquer|cuisiner|produire|vendre|herstellen"
                            + "|kochen|machen|mache|verkaufen|koche)\\b.{0,30}\\b(metanfetamina|cocaina|heroina|crack|ghb"
                            + "|mdma|lsd|ketamin|ketamina|ketamine|extasis|ecstasy|amphetamin|anfetamina|amphetamine|speed"
                            + "|methamphetamine|cocaine|heroine|methamphetamin|crystal meth|crystal|kokain|heroin|fentanyl"
                            + "|fentanilo)\\b|\\b(metanfetamina|methamphetamine|methamphetamin|crystal meth|kokain|crack|ghb|mdma|lsd|ketamin"
                            + "|amphetamin)\\b"
                            + ".{0,30}\\b(herstellen|kochen|machen|her)\\b")),
            new Ask("foreign.buy-drugs", Hazard.NON_VIOLENT_CRIMES, Pattern.compile(
                    "\\b(comprar|compro|conseguir|consigo|acheter|trouver|kaufen|kaufe|besorgen|bekommen)\\b.{0,30}\\b(cocaina"
                            + "|heroina|metanfetamina|fentanilo|crack|cocaine|heroine|methamphetamine|kokain|heroin"
                            + "|methamphetamin|fentanyl|lsd|mdma|extasis|ecstasy)\\b")),
            new Ask("foreign.hack-account", Hazard.CODE_ABUSE, Pattern.compile(
                    "\\b(hackear|hackeo|piratear|pirater|hacker|hacken|knacken)\\b.{0,40}\\b(cuenta|correo|telefono|celular"
                            + "|compte|courriel|telephone|portable|konto|handy|e mail|email|instagram|facebook|whatsapp|wifi"
                            + "|wlan)\\b")),
            new Ask("foreign.kidnap", Hazard.VIOLENT_CRIMES, Pattern.compile(
                    "\\b(secuestrar|secuestro|raptar|rapto) a\\b|\\b(enlever|kidnapper|enleve) (un|une|mon|ma|le|la"
                            + "|quelqu'un|quelquun)\\b|\\b(entfuhren|entfuhre)\\b")),
            new Ask("foreign.untraceable-poison", Hazard.VIOLENT_CRIMES, Pattern.compile(
                    "\\b(veneno|poison|gift)\\b.{0,30}\\b(no deja rastro|sin dejar rastro|indetectable|irrastreable"
                            + "|introuvable|sans laisser de traces?|ne laisse pas de traces?|nicht nachweisbar|unauffindbar"
                            + "|keine spuren)")),
            new Ask("foreign.unlicensed-gun", Hazard.NON_VIOLENT_CRIMES, Pattern.compile(
                    "\\b(comprar|conseguir|obtener|acheter|obtenir|trouver|kaufen|besorgen|bekommen|kaufe)\\b.{0,30}\\b(arma"
                            + "|armas|pistola|rifle|arme|armes|pistolet|fusil|waffe|waffen|pistole|gewehr)\\b.{0,30}\\b(sin"
                            + "|sans|ohne|ilegal|illegal|illegalement|ilegalmente)\\b")),
            new Ask("foreign.self-harm", Hazard.SUICIDE_SELF_HARM, Pattern.compile(
                    "\\b(suicidarme|matarme|quitarme la vida|me suicider|me tuer|mettre fin a (mes jours|ma vie)"
                            + "|mir das leben nehmen|selbstmord begehen)\\b|\\bmich\\b.{0,25}\\b(umbringen|toten|erhangen)\\b")));
    private static final Set<String> HAZARD_WORDS = Lexicon.words("bomba", "bombas", "bombe", "bombes", "explosivo",
            "explosivos", "explosif", "explosifs", "granada", "grenade", "rohrbombe", "sprengstoff", "sprengsatz", "granate",
            "napalm", "matar", "mato", "matarlo", "matarla", "asesinar", "envenenar", "enveneno", "apunalar", "secuestrar",
            "tuer", "tue", "assassiner", "empoisonner", "empoisonne", "poignarder", "etrangler", "kidnapper", "toten",
            "tote", "umbringen", "ermorden", "vergiften", "vergifte", "erstechen", "erschiessen", "erwurgen",
            "metanfetamina", "cocaina", "heroina", "crack", "ghb", "mdma", "lsd", "ketamin", "ketamina",
            "extasis", "amphetamin", "anfetamina", "methamphetamine", "cocaine", "heroine", "methamphetamin",
            "kokain", "heroin", "fentanyl", "fentanilo", "crystal", "arma", "armas", "pistola", "arme", "armes",
            "pistolet", "fusil", "waffe", "waffen", "pistole", "gewehr", "suicidarme", "matarme", "quitarme", "suicider",
            "mettre", "mich", "mir", "selbstmord", "comprar", "compro", "conseguir", "consigo", "acheter", "kaufen", "kaufe",
            "besorgen", "hackear", "hackeo", "piratear", "pirater", "hacker", "hacken", "knacken", "secuestrar",
            "secuestro", "raptar", "rapto", "enlever", "enleve", "entfuhren", "entfuhre", "veneno", "poison", "gift");

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        if (!Lexicon.mentionsAny(HAZARD_WORDS, prompt.words) || !Lexicon.mentionsAny(REQUEST_WORDS, prompt.words)) {
            return;
        }
        for (Sentence s : prompt.distinct) {
            if (!Lexicon.mentionsAny(REQUEST_WORDS, s.words) || !Lexicon.mentionsAny(HAZARD_WORDS, s.words)
                    || s.has(NOT_A_REQUEST)) {
                continue;
            }
            for (Ask ask : ASKS) {
                if (s.has(ask.pattern())) {
                    out.add(new Detection(ask.hazard(), ask.id(), 1));
                    return;
                }
            }
        }
    }
}
