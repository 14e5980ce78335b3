package org.onewindow.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.events.Addresses;
import org.onewindow.events.BusClient;
import org.onewindow.testing.TestHub;

/** hall.called carries {@code audio}, a path on the hub to the call spoken (CONTRACT §8). */
class VoiceHubTest {
    @TempDir
    Path dir;
    TestHub hub;
    BusClient bus;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Espeak.find().isPresent(), "voice test skipped: espeak-ng is not installed (apt-get install espeak-ng)");
        hub = TestHub.start(dir);
        bus = BusClient.plain(hub.port());
    }

    @AfterEach
    void stop() {
        if (bus != null) {
            bus.close();
        }
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void everyCallAndRecallCarriesAudioTheHubServes() throws Exception {
        String token = hub.login("s01");
        hub.issue("commerce");
        hub.post("/api/v1/counters/1/open", null, token);
        bus.register(Addresses.HALL_CALLED);
        hub.post("/api/v1/counters/1/call", null, token);
        JsonObject called = bus.nextOn(Addresses.HALL_CALLED);
        String audio = called.getString("audio");
        assertThat(audio).startsWith("/api/v1/voice/").endsWith(".wav");

        HttpResponse<Buffer> wav = hub.get(audio);
        assertThat(wav.statusCode()).isEqualTo(200);
        assertThat(wav.getHeader("Content-Type")).isEqualTo("audio/wav");
        Wav parsed = Wav.read(wav.body().getBytes());
        assertThat(parsed.seconds()).isGreaterThanOrEqualTo(1.0);

        hub.post("/api/v1/counters/1/recall", null, token);
        JsonObject recalled = bus.nextOn(Addresses.HALL_CALLED);
        assertThat(recalled.getString("audio")).isEqualTo(audio);
    }

    @Test
    void theKioskCanHaveAMatterAndANumberReadAloud() {
        assertThat(hub.get("/api/v1/voice/services/commerce.wav").statusCode()).isEqualTo(200);
        assertThat(hub.get("/api/v1/voice/numbers/A001.wav").statusCode()).isEqualTo(200);
        assertThat(hub.get("/api/v1/voice/services/nothing.wav").statusCode()).isEqualTo(404);
        assertThat(hub.get("/api/v1/voice/0123456789abcdef01234567.wav").statusCode()).isEqualTo(404);
    }
}
