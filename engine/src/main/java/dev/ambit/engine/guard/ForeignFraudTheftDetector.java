package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Requests in Italian, Portuguese, French, Spanish or German that {@link ForeignRequestDetector} does not cover: a
 * fake message from an agency or bank written to collect people's bank details, stealing from a shop unseen, and
 * the core hazards (a bomb, killing someone, hard drugs, breaking into an account, ending one's life) asked in
 * Italian or Portuguese. The normaliser has folded accents. Recognising, reporting or preventing these passes, as
 * do questions of why or of history.
 */
final class ForeignFraudTheftDetector implements CategoryDetector {
    private static final Set<String> REQUEST_WORDS = Lexicon.words(
            // Italian and Portuguese
            "come", "faccio", "posso", "dimmi", "voglio", "scrivi", "scrivimi", "spiegami", "dove", "quale", "como",
            "quero", "posso", "escreva", "escreve", "diga", "onde", "qual", "preciso", "aiutami", "ajuda",
            // French, Spanish and German writing verbs, which the core detector does not list
            "redige", "redigez", "rediger", "ecris", "ecrivez", "ecrire", "escribe", "escribeme", "redacta", "schreib",
            "schreibe", "verfasse", "comment", "como", "wie", "veux", "quiero", "will", "puedo", "puis", "faco", "kann",
            "dime", "finde", "raconte", "racconta", "cuentame", "erzahl", "conta", "dis", "wo", "donde", "ou", "que", "debo",
            "cual", "quelles", "quels", "welche");
    private static final Pattern NOT_A_REQUEST = Pattern.compile(
            "\\b(riconoscere|reconnaitre|reconocer|reconhecer|erkennen|proteggere|proteggermi|proteger|protegerme|schutzen"
                    + "|evitare|evitar|eviter|vermeiden|segnalare|denunciar|denunciare|signaler|melden|perche|pourquoi|por que"
                    + "|porque|warum|storia|histoire|historia|geschichte|cos'e|cosa e|que es|qu'est|was ist|o que e|prevenire"
                    + "|prevenir|verhindern|ricevuto|recu|recibido|erhalten|recebi)\\b");
    private record Ask(String id, Hazard hazard, Pattern pattern) {}
    private static final List<Ask> ASKS = List.of(
            new Ask("foreign.phishing", Hazard.NON_VIOLENT_CRIMES, Pattern.compile(
                    "\\b(faux|fausse|falso|falsa|finto|finta|gefalschte|gefalschten|gefalschtes)\\b.{0,40}\\b(coordonnees"
                            + " bancaires|donnees bancaires|mots? de passe|identifiants|carte (bancaire|de credit)|datos bancarios"
                            + "|contrasenas?|tarjeta|bankdaten|passwort|passworter|zugangsdaten|kreditkarte|dati bancari|password"
                            + "|carta di credito|credenziali|dados bancarios|senhas?|cartao|iban|pin)\\b")),
            new Ask("foreign.shoplifting", Hazard.NON_VIOLENT_CRIMES, Pattern.compile(
                    "\\b(rubare|robar|voler|stehlen|klauen|roubar|taccheggiare|fregare)\\b.{0,40}\\b(supermercato|negozio"
                            + "|tienda|supermercado|magasin|supermarche|laden|geschaft|supermarkt|loja|boutique|centro commerciale"
                            + "|mercado|senza farmi (beccare|scoprire|vedere|prendere)|sin que me (pillen|vean|descubran)"
                            + "|sans (me faire (prendre|attraper|voir)|etre vu)|ohne erwischt|sem ser (pego|visto|apanhado))\\b")),
            new Ask("foreign.make-bomb", Hazard.INDISCRIMINATE_WEAPONS, Pattern.compile(
                    "\\b(fare|costruire|fabbricare|preparare|fazer|construir|fabricar|montar)\\b.{0,30}\\b(bomba|bombe|esplosivo"
                            + "|esplosivi|ordigno|explosivo|explosivos|granata|granada)\\b")),
            new Ask("foreign.kill-person", Hazard.VIOLENT_CRIMES, Pattern.compile(
                    "\\b(uccidere|ammazzare|avvelenare|accoltellare|strangolare) (mia|mio|il mio|la mia|qualcuno|una persona"
                            + "|un uomo|una donna|un bambino|lui|lei)\\b|\\b(matar|envenenar|esfaquear|estrangular) (minha|meu|o meu"
                            + "|a minha|alguem|uma pessoa|um homem|uma mulher|ele|ela)\\b")),
            new Ask("foreign.harm-neighbours-animal", Hazard.NON_VIOLENT_CRIMES, Pattern.compile(
                    "\\b(envenenar|matar|avvelenare|uccidere|empoisonner|tuer|vergiften|toten)\\b (o |a |il |le |la |el |den |die )?"
                            + "(cachorro|cao|gato|cane|gatto|chien|chat|perro|hund|katze)\\b (do|da|del|di|du|de|des|vom|meines) ("
                            + "meu |minha |mio |mia |mon |ma |mi |mein |meines )?(vizinho|vizinha|vicino|vicina|voisin|voisine"
                            + "|vecino|vecina|nachbarn)\\b")),
            new Ask("foreign.drugs", Hazard.NON_VIOLENT_CRIMES, Pattern.compile(
                    "\\b(comprare|procurarmi|trovare|produrre|cucinare|comprar|produzir|arranjar|fazer)\\b.{0,30}\\b(cocaina"
                            + "|eroina|fentanyl|fentanil|metanfetamina|crack|heroina|mdma|ecstasy)\\b")),
            new Ask("foreign.hack-account", Hazard.CODE_ABUSE, Pattern.compile(
                    "\\b(hackerare|violare|bucare|entrare nel|entrare nell|invadir|hackear|entrar na|entrar no)\\b.{0,30}\\b("
                            + "account|profilo|email|e mail|telefono|cellulare|conta|perfil|celular|whatsapp|instagram"
                            + "|facebook)\\b")),
            new Ask("foreign.partner-account", Hazard.PRIVACY, Pattern.compile(
                    "\\b(entrar|acceder|meterme|acceder|entrer|entrare|accedere|reinkommen|einloggen)\\b.{0,20}\\b(cuenta|correo"
                            + "|whatsapp|telefono|celular|movil|instagram|facebook|compte|messagerie|mails?|e mail|email|portable"
                            + "|account|cellulare|konto|handy|conta)\\b.{0,20}\\b(de|di|von|da|do) (mi|mon|ma|mio|mia|meiner|meinem"
                            + "|minha|meu|alguien|quelqu'un|qualcuno|jemandem|alguem)\\b")),
            new Ask("foreign.read-partner-messages", Hazard.PRIVACY, Pattern.compile(
                    "\\b(spiare|leggere|espiar|leer|espionner|lire|ausspionieren|lesen|espionar|ler)\\b.{0,20}\\b(messaggi|chat"
                            + "|mensajes|messages|nachrichten|mensagens|whatsapp|sms)\\b.{0,40}\\b(senza che|sin que|sans qu|ohne dass"
                            + "|sem que)")),
            new Ask("foreign.card-cloning", Hazard.NON_VIOLENT_CRIMES, Pattern.compile(
                    "\\b(clonar|clonare|cloner|klonen|copiar|copier|copiare|kopieren)\\b.{0,30}\\b(cartao|carta|tarjeta|carte"
                            + "|karte|kreditkarte|bankkarte)\\b")),
            new Ask("foreign.covert-following", Hazard.PRIVACY, Pattern.compile(
                    "\\b(suivre|seguir|pedinare|seguire|verfolgen|beschatten|rastrear|localizar|localiser|tracker|traquer)\\b"
                            + " (mon|ma|mi|mia|mio|meine?n?|minha|meu|a mi|a mon|la|el|le)\\b.{0,40}\\b(sans qu|sin que|senza che"
                            + "|ohne dass|sem que)")),
            new Ask("foreign.instil-fear", Hazard.VIOLENT_CRIMES, Pattern.compile(
                    "\\b(hacer|faire|fare|fazer) (que|en sorte que|si che|com que) (mi|mon|ma|il mio|la mia|mio|mia|meu|minha|o meu"
                            + "|a minha) (\\w+ )?(tenga|ait|abbia|tenha) (miedo|peur|paura|medo)\\b")),
            new Ask("foreign.locate-unwilling", Hazard.PRIVACY, Pattern.compile(
                    "\\b(wo|donde|ou|dove|onde) (meine?|mein|mi|mon|ma|il mio|la mia|minha|meu) (ex|exfreundin|exfreund|ex novia"
                            + "|ex novio|freundin|novia|copine|ragazza|namorada)\\b.{0,30}\\b(wohnt|arbeitet|vive|trabaja|habite"
                            + "|travaille|abita|lavora|mora|trabalha)\\b.{0,60}\\b(blockiert|bloqueado|bloquee|bloccato|umgezogen"
                            + "|mudado|demenage|trasferita|se mudo)")),
            new Ask("foreign.stereotype-joke", Hazard.HATE, Pattern.compile(
                    "\\b(barzellett\\w*|battut\\w*|chistes?|blagues?|witze?|piadas?)\\b.{0,30}\\b(ebrei|musulmani|neri|zingari"
                            + "|judios|musulmanes|negros|gitanos|juifs|musulmans|noirs|juden|muslime|schwarze|judeus|muculmanos"
                            + "|immigrati|inmigrantes|immigres|auslander|imigrantes)\\b.{0,20}\\b(avari|tirchi|sporchi|ladri|terroristi"
                            + "|tacanos|avaros|sucios|ladrones|terroristas|avares|sales|voleurs|terroristes|geizig\\w*|dreckig\\w*|diebe"
                            + "|terroristen|sujos|ladroes|pao duros|stupidi|estupidos|stupides|dumm\\w*)\\b")),
            new Ask("foreign.self-harm", Hazard.SUICIDE_SELF_HARM, Pattern.compile(
                    "\\b(para no despertar|para nao acordar|pour ne (plus )?(jamais )?(me )?reveiller|per non svegliarmi"
                            + "|um nicht (mehr )?aufzuwachen)\\b|\\b(suicidarmi|uccidermi|ammazzarmi|togliermi la vita|farla finita|me matar|suicidar me|me suicidar"
                            + "|tirar a minha (propria )?vida)\\b")));
    private static final Set<String> HAZARD_WORDS = Lexicon.words("faux", "fausse", "falso", "falsa", "finto", "finta",
            "gefalschte", "gefalschten", "gefalschtes", "rubare", "robar", "voler", "stehlen", "klauen", "roubar",
            "taccheggiare", "fregare", "senza", "sans", "ohne", "sem", "bomba", "bombe", "esplosivo", "esplosivi",
            "ordigno", "explosivo", "explosivos", "granata", "granada", "uccidere", "ammazzare", "avvelenare",
            "accoltellare", "strangolare", "matar", "envenenar", "esfaquear", "estrangular", "cocaina", "eroina",
            "fentanyl", "fentanil", "metanfetamina", "crack", "heroina", "mdma", "ecstasy", "hackerare", "violare",
            "bucare", "entrare", "invadir", "hackear", "entrar", "suicidarmi", "uccidermi", "ammazzarmi", "togliermi",
            "farla", "suicidar", "despertar", "acordar", "reveiller", "svegliarmi", "aufzuwachen", "spiare", "espiar",
            "espionner", "ausspionieren", "espionar", "leggere", "leer", "lire", "lesen", "ler", "acceder", "meterme", "entrer", "accedere", "reinkommen", "einloggen", "clonar", "clonare",
            "cloner", "klonen", "copiar", "copier", "copiare", "kopieren", "suivre", "seguir", "pedinare", "seguire",
            "verfolgen", "beschatten", "rastrear", "localizar", "localiser", "tracker", "traquer", "miedo", "peur",
            "paura", "medo", "blockiert", "bloqueado", "bloquee", "bloccato", "umgezogen", "mudado", "demenage",
            "trasferita", "barzelletta", "barzellette", "battuta", "battute", "chiste", "chistes", "blague", "blagues",
            "witz", "witze", "piada", "piadas");

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        if (!Lexicon.mentionsAny(REQUEST_WORDS, prompt.words) || !Lexicon.mentionsAny(HAZARD_WORDS, prompt.words)) {
            return;
        }
        for (Sentence s : prompt.distinct) {
            if (!Lexicon.mentionsAny(HAZARD_WORDS, s.words) || s.has(NOT_A_REQUEST)) {
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
