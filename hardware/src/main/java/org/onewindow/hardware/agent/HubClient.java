package org.onewindow.hardware.agent;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.json.JSONObject;

/**
 * The hub's HTTP API as the agent uses it, on the JDK's own client: no Vert.x or Netty on a small Pi, and
 * the JDK's WebSocket client serves the event bus too.
 */
final class HubClient {
    /** An answer: status and JSON body (empty object when none). */
    record Answer(int status, JSONObject body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        String code() {
            JSONObject error = body.optJSONObject("error");
            return error == null ? "" : error.optString("code");
        }

        String message() {
            JSONObject error = body.optJSONObject("error");
            return error == null ? "" : error.optString("message");
        }
    }

    /** The hub could not be reached or did not answer in time. */
    static final class Unreachable extends Exception {
        Unreachable(Throwable cause) {
            super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
        }
    }

    private final URI hub;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private volatile String token;

    HubClient(URI hub) {
        this.hub = hub;
    }

    URI hub() {
        return hub;
    }

    void token(String token) {
        this.token = token;
    }

    Answer get(String path) throws Unreachable {
        return send(HttpRequest.newBuilder(hub.resolve("/api/v1" + path)).GET());
    }

    /** The bytes at a path on the hub (an announcement's WAV); empty unless the hub answered 200. */
    byte[] bytes(String hubPath) throws Unreachable {
        HttpRequest.Builder request = HttpRequest.newBuilder(hub.resolve(hubPath)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 ? response.body() : new byte[0];
        } catch (IOException e) {
            throw new Unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable(e);
        }
    }

    Answer post(String path, JSONObject body) throws Unreachable {
        return send(HttpRequest.newBuilder(hub.resolve("/api/v1" + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    private Answer send(HttpRequest.Builder request) throws Unreachable {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String text = response.body();
            JSONObject json = text == null || text.isBlank() || !text.trim().startsWith("{") ? new JSONObject() : new JSONObject(text);
            return new Answer(response.statusCode(), json);
        } catch (IOException e) {
            throw new Unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable(e);
        }
    }
}
