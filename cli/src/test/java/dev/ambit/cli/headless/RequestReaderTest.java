package dev.ambit.cli.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RequestReaderTest {
    @Test
    void wellFormedLines_becomeTypedRequests() {
        assertEquals(new HeadlessRequest.Message("hi", true),
                RequestReader.read("{\"type\":\"message\",\"text\":\"hi\",\"unpersonalised\":true}"));
        assertEquals(new HeadlessRequest.Feedback(3, false, null),
                RequestReader.read("{\"type\":\"feedback\",\"turn\":3,\"rating\":\"down\",\"reason\":null}"));
        assertEquals(new HeadlessRequest.Choose(1, false), RequestReader.read("{\"type\":\"choose\",\"turn\":1,\"pick\":\"b\"}"));
        assertEquals(new HeadlessRequest.Consent("condition"),
                RequestReader.read("{\"type\":\"command\",\"name\":\"consent\",\"fact\":\"condition\"}"));
    }

    @Test
    void malformedLines_failWithTheErrorCodeTheSessionAnswers() {
        assertEquals("bad_json", code("{\"type\":"));
        assertEquals("bad_event", code("[1,2]"));
        assertEquals("bad_event", code("{\"type\":\"feedback\",\"turn\":1.5,\"rating\":\"up\"}"));
        assertEquals("bad_event", code("{\"type\":\"feedback\",\"turn\":1,\"rating\":\"up\",\"reason\":3}"));
        assertEquals("bad_event", code("{\"type\":\"choose\",\"turn\":1,\"pick\":\"c\"}"));
        assertEquals("bad_event", code("{\"type\":\"command\",\"name\":\"remember\"}"));
        assertEquals("unknown_type", code("{\"type\":\"MESSAGE\",\"text\":\"hi\"}"));
        assertEquals("unknown_command", code("{\"type\":\"command\",\"name\":\"nope\"}"));
    }

    @Test
    void twoEventsOnOneLine_areRejectedNotHalfHandled() {
        assertEquals("bad_json", code("{\"type\":\"command\",\"name\":\"clear\"}"
                + "{\"type\":\"command\",\"name\":\"remember\",\"text\":\"lost\"}"));
        assertEquals("bad_json", code("{\"type\":\"command\",\"name\":\"clear\"} trailing"));
    }

    private static String code(String line) {
        return assertThrows(ProtocolException.class, () -> RequestReader.read(line)).code();
    }
}
