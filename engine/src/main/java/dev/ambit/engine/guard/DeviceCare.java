package dev.ambit.engine.guard;

import java.util.regex.Pattern;

/**
 * Help with someone else's phone as a device: "set up my wife's new phone", "my husband's phone keeps running out of
 * storage". "Her phone" names the handset, not a number to find, and the care asked for reads nothing of hers — unless
 * the sentence also reaches into it or hides the help from its owner.
 */
final class DeviceCare {
    private DeviceCare() {}

    private static final Pattern CARE = Pattern.compile(
            "\\b(set ?up|setting up|sets up|fix|fixing|repair|cracked|screen|battery|storage|clear (it|up)|clean (it )?up"
                    + "|pair|pairing|connect|connecting|bluetooth|wifi|wi fi|sync|syncing|update|updating|back ?up|backup"
                    + "|transfer|move|moving|reset|hotspot|charge|charging|charger|install|full|slow|stuck|frozen|logo|pop ups?"
                    + "|ads|hearing aids?|family sharing|shared calendar|calendar|photo album|album|apps?|new phone|old phone"
                    + "|case|dead|broken|won't turn on|keeps (crashing|restarting|freezing|dying|running out))\\b");
    /** Reaching into the phone or hiding the help from its owner: not device care, whatever else is said. */
    private static final Pattern ACCESS = Pattern.compile(
            "\\b(secretly|without (her|him|them|my \\w+) (knowing|noticing|finding out|seeing)|unlock|passcode|password"
                    + "|pin|read|reading|messages|texts|chats from|spy|spying|snoop|go through|look through|check (her|his|their)"
                    + "|monitor|mirror|forward|track|tracking|hidden|hide|stalk|location|flood|floods|flooding|spam|calls"
                    + "|bomb|bombing|harass|prank|clone|cloning|sim swap)\\b");
    /** The owner asked for it: "she asked me to", "he agreed". */
    private static final Pattern CONSENT = Pattern.compile(
            "\\b((she|he|they) (asked|agreed|wants me|wanted me|said yes)|with (her|his|their) (permission|consent|knowledge)"
                    + "|for (her|his) (commute|safety))\\b");

    /** Whether {@code s} asks for help with another person's phone as a device. */
    static boolean helping(Prompt prompt, Sentence s) {
        if (!s.has(CARE)) {
            return false;
        }
        return !s.has(ACCESS) || CONSENT.matcher(prompt.normalized).find() && !s.text.contains("secretly")
                && !s.text.contains("without");
    }
}
