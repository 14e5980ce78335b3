package org.onewindow.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;

/**
 * The SockJS xhr fallback, spoken by hand: open a session with a POST to .../xhr, send frames with
 * xhr_send, and read the bridge's answer with the next .../xhr poll. xhr_send answered 500 before the
 * bridge had a body handler.
 */
class SockJsXhrTest {
    @TempDir
    Path dir;

    @Test
    void xhrSendIsAcceptedAndTheBridgeAnswersOnTheNextPoll() throws Exception {
        try (TestHub hub = TestHub.start(dir)) {
            String session = "/eventbus/123/xhrtest";
            RawHttp.Answer open = post(hub, session + "/xhr", "");
            assertThat(open.status()).isEqualTo(200);
            assertThat(open.body()).startsWith("o");

            // A frame the bridge refuses (clients may send nothing), so that it answers with an error frame.
            String frames = "[\"{\\\"type\\\":\\\"send\\\",\\\"address\\\":\\\"hall.called\\\",\\\"body\\\":{}}\"]";
            RawHttp.Answer sent = post(hub, session + "/xhr_send", frames);
            assertThat(sent.status()).as(sent.head() + "\n" + sent.body()).isEqualTo(204);

            RawHttp.Answer poll = post(hub, session + "/xhr", "");
            assertThat(poll.status()).isEqualTo(200);
            assertThat(poll.body()).startsWith("a[").contains("access_denied");
        }
    }

    @Test
    void aBrokenXhrSendBodyIsAClientError() throws Exception {
        try (TestHub hub = TestHub.start(dir)) {
            String session = "/eventbus/123/broken";
            assertThat(post(hub, session + "/xhr", "").status()).isEqualTo(200);
            for (String body : new String[] {"not json [", "", "{}", "[\"unterminated"}) {
                RawHttp.Answer sent = post(hub, session + "/xhr_send", body);
                assertThat(sent.status()).as(body).isEqualTo(400);
                assertThat(sent.body()).contains("BAD_REQUEST");
            }
        }
    }

    @Test
    void scriptCallbackTransportsAreOff() throws Exception {
        try (TestHub hub = TestHub.start(dir)) {
            assertThat(hub.get("/eventbus/123/jsonp1/jsonp?c=callback").statusCode()).isEqualTo(404);
            assertThat(hub.get("/eventbus/123/html1/htmlfile?c=callback").statusCode()).isEqualTo(404);
        }
    }

    private static RawHttp.Answer post(TestHub hub, String path, String body) throws Exception {
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        return RawHttp.exchange(hub.port(), "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Content-Type: text/plain;charset=UTF-8\r\nContent-Length: " + length + "\r\n\r\n" + body);
    }
}
