package dev.ambit.store.signature;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DetachedSignaturesTest {
    private static final byte[] DATA = "id = \"acme\"\ntier = 2\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void signatureFromPrivateKey_verifiesWithItsPublicKey() {
        SignatureKeyPair keys = DetachedSignatures.generate();
        byte[] signature = DetachedSignatures.sign(keys.privateKeyset(), DATA);
        assertTrue(DetachedSignatures.verify(keys.publicKeyset(), DATA, signature));
    }

    @Test
    void editedData_failsVerification() {
        SignatureKeyPair keys = DetachedSignatures.generate();
        byte[] signature = DetachedSignatures.sign(keys.privateKeyset(), DATA);
        byte[] edited = DATA.clone();
        edited[edited.length - 2] = '3';
        assertFalse(DetachedSignatures.verify(keys.publicKeyset(), edited, signature));
    }

    @Test
    void otherKeysSignature_failsVerification() {
        SignatureKeyPair mine = DetachedSignatures.generate();
        SignatureKeyPair theirs = DetachedSignatures.generate();
        byte[] signature = DetachedSignatures.sign(theirs.privateKeyset(), DATA);
        assertFalse(DetachedSignatures.verify(mine.publicKeyset(), DATA, signature));
        assertFalse(DetachedSignatures.verify(mine.publicKeyset(), DATA, new byte[] {1, 2, 3}));
    }

    @Test
    void publicKeyUsedForSigning_isRejectedAsKeyError() {
        SignatureKeyPair keys = DetachedSignatures.generate();
        assertThrows(SignatureKeyException.class, () -> DetachedSignatures.sign(keys.publicKeyset(), DATA));
        assertThrows(SignatureKeyException.class,
                () -> DetachedSignatures.verify("not a keyset".getBytes(StandardCharsets.UTF_8), DATA, new byte[64]));
    }

    @Test
    void keyPairToString_hidesPrivateKey() {
        SignatureKeyPair keys = DetachedSignatures.generate();
        assertFalse(keys.toString().contains(new String(keys.privateKeyset(), StandardCharsets.UTF_8)));
    }
}
