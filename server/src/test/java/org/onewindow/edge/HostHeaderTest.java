package org.onewindow.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.testing.TestHub;

/** A request whose Host header is missing or malformed gets 400 and the JSON error, never 503 or silence. */
class HostHeaderTest {
    @TempDir
    Path dir;
    TestHub hub;

    @BeforeEach
    void start() {
        hub = TestHub.start(dir);
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[::1", "a b", ":99999", "host:port", "[::1]x", "a:1:2", "", "exa mple.com:80"})
    void malformedHostIsABadRequest(String host) throws Exception {
        for (String path : new String[] {"/api/v1/hall", "/kiosk/", "/health"}) {
            RawHttp.Answer answer = RawHttp.exchange(hub.port(), "GET " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(answer.status()).as("Host '%s' on %s: %s", host, path, answer.head()).isEqualTo(400);
        }
    }

    @Test
    void missingHostOnHttp11IsABadRequest() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(hub.port(), "GET /api/v1/hall HTTP/1.1\r\nConnection: close\r\n\r\n");
        assertThat(answer.status()).as(answer.head()).isEqualTo(400);
        assertThat(answer.body()).contains("\"code\":\"BAD_HOST\"");
    }

    @Test
    void wellFormedHostsStillWork() throws Exception {
        for (String host : new String[] {"127.0.0.1:" + hub.port(), "localhost", "[::1]:8080", "hub.example.org"}) {
            RawHttp.Answer answer = RawHttp.exchange(hub.port(), "GET /api/v1/hall HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(answer.status()).as(host).isEqualTo(200);
        }
    }

    @Test
    void http10NeedsAHostToo() throws Exception {
        // The hub builds ticket links from the Host it was reached at: no Host, no link.
        assertThat(RawHttp.exchange(hub.port(), "GET /health HTTP/1.0\r\n\r\n").status()).isEqualTo(400);
        assertThat(RawHttp.exchange(hub.port(), "GET /health HTTP/1.0\r\nHost: hub\r\n\r\n").status()).isEqualTo(200);
    }
}
