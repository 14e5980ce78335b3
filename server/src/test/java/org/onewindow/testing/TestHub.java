package org.onewindow.testing;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.onewindow.hub.HubSettings;
import org.onewindow.hub.HubVerticle;
import org.onewindow.hub.HubVertx;
import org.onewindow.staff.PasswordHash;

/**
 * A real hub for tests: the test hall file below, a SQLite file in a temp directory, HTTP on a free
 * loopback port and a clock the test moves. Calls are synchronous (await) to keep tests readable.
 */
public final class TestHub implements AutoCloseable {
    /** Thursday 2026-11-26 10:00 in Shanghai: inside the test hall's hours. */
    public static final Instant WEEKDAY_MORNING = Instant.parse("2026-11-26T02:00:00Z");
    public static final String PASSWORD = "secret-pass";

    public final Vertx vertx;
    public final MutableClock clock;
    public final Path dataDir;
    private final WebClient client;
    private final HubVerticle hub;

    private TestHub(Vertx vertx, MutableClock clock, Path dataDir, HubVerticle hub) {
        this.vertx = vertx;
        this.clock = clock;
        this.dataDir = dataDir;
        this.hub = hub;
        this.client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(hub.port()));
    }

    public static TestHub start(Path dir) {
        return start(dir, morningClock());
    }

    public static MutableClock morningClock() {
        return new MutableClock(WEEKDAY_MORNING, java.time.ZoneOffset.UTC);
    }

    public static TestHub start(Path dir, MutableClock clock) {
        return start(dir, clock, hallYaml());
    }

    /** A hub on another hall file; write staff passwords as {@link #passwordHash()}. */
    public static TestHub start(Path dir, MutableClock clock, String yaml) {
        return start(dir, clock, yaml, 0);
    }

    /** The hub of this directory again, on a port its devices already know (after {@link #close()}). */
    public static TestHub restart(Path dir, MutableClock clock, int port) {
        return start(dir, clock, null, port);
    }

    /** A hub on a given port: a restarted hub where the pages that followed the old one look for it. */
    public static TestHub start(Path dir, MutableClock clock, String yaml, int port) {
        Path hallFile = dir.resolve("test-hall.yaml");
        Path dataDir = dir.resolve("data");
        try {
            if (!Files.exists(hallFile)) {
                Files.writeString(hallFile, yaml);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Vertx vertx = HubVertx.create();
        HubVerticle hub = new HubVerticle(new HubSettings(hallFile, dataDir, "127.0.0.1", port), clock);
        vertx.deployVerticle(hub).await();
        return new TestHub(vertx, clock, dataDir, hub);
    }

    /** Three services (C has a quota of 2), three windows (1 is trained for tax too, 3 serves everything), three roles. */
    public static String passwordHash() {
        return PasswordHash.hash(PASSWORD.toCharArray());
    }

    public static String hallYaml() {
        String hash = passwordHash();
        return """
                hall:
                  id: test-hall
                  name: {zh: 测试大厅, en: Test Hall}
                  timezone: Asia/Shanghai
                  hours:
                    - {days: mon-fri, open: "08:30", close: "17:30"}
                services:
                  - id: commerce
                    prefix: A
                    name: {zh: 企业开办, en: Business registration}
                    averageMinutes: 15
                    materials:
                      - {zh: 设立登记申请书, en: Registration application form}
                  - id: tax
                    prefix: B
                    name: {zh: 税务, en: Tax}
                    averageMinutes: 8
                  - id: records
                    prefix: C
                    name: {zh: 不动产查询, en: Property records}
                    averageMinutes: 4
                    dailyQuota: 2
                counters:
                  - {id: "1", name: {zh: 1号窗口, en: Window 1}, profile: [commerce], skills: [tax]}
                  - {id: "2", name: {zh: 2号窗口, en: Window 2}, profile: [tax]}
                  - {id: "3", name: {zh: 3号综合窗口, en: Window 3}, profile: ["*"]}
                staff:
                  - {id: s01, name: 张三, role: staff, password: "%1$s"}
                  - {id: s02, name: 李四, role: staff, password: "%1$s"}
                  - {id: m01, name: 王经理, role: manager, password: "%1$s"}
                  - {id: a01, name: 管理员, role: admin, password: "%1$s"}
                devices:
                  kiosks:
                    - {id: k1, name: {zh: 大厅取号机, en: Hall kiosk}}
                  pads:
                    - {id: pad1, counter: "1"}
                    - {id: pad2, counter: "2"}
                  agents:
                    - {id: a1, name: {zh: 1号窗口按键盒, en: Window 1 button box}, counter: "1"}
                limits:
                  ticketsPerAddressPerMinute: 1000   # tests issue many tickets from 127.0.0.1 in one (frozen) minute
                """.formatted(hash);
    }

    /** Who did each event of this kind, from the store's audit log, oldest first. */
    public java.util.List<String> auditedActors(String kind) {
        java.util.List<String> actors = new java.util.ArrayList<>();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("onewindow.db"));
             java.sql.PreparedStatement query = db.prepareStatement("SELECT actor FROM events WHERE kind = ? ORDER BY seq")) {
            query.setString(1, kind);
            try (java.sql.ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actors.add(rows.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return actors;
    }

    public HubVerticle verticle() {
        return hub;
    }

    public int port() {
        return hub.port();
    }

    public HttpResponse<Buffer> get(String path) {
        return get(path, null);
    }

    public HttpResponse<Buffer> get(String path, String token) {
        return send(HttpMethod.GET, path, token, null);
    }

    public HttpResponse<Buffer> post(String path, JsonObject body) {
        return post(path, body, null);
    }

    public HttpResponse<Buffer> post(String path, JsonObject body, String token) {
        return send(HttpMethod.POST, path, token, body == null ? null : body.encode());
    }

    public HttpResponse<Buffer> put(String path, JsonObject body, String token) {
        return send(HttpMethod.PUT, path, token, body.encode());
    }

    public HttpResponse<Buffer> send(HttpMethod method, String path, String token, String rawBody) {
        HttpRequest<Buffer> request = client.request(method, path);
        if (token != null) {
            request.bearerTokenAuthentication(token);
        }
        if (rawBody == null) {
            return request.send().await();
        }
        request.putHeader("Content-Type", "application/json");
        return request.sendBuffer(Buffer.buffer(rawBody)).await();
    }

    /** Logs a staff member in and returns the bearer token. */
    public String login(String staff) {
        HttpResponse<Buffer> response = post("/api/v1/sessions", new JsonObject().put("staff", staff).put("password", PASSWORD));
        if (response.statusCode() != 201) {
            throw new AssertionError("login of " + staff + " failed: " + response.bodyAsString());
        }
        return response.bodyAsJsonObject().getString("token");
    }

    /**
     * Pairs a device as a device and a manager would (CONTRACT §6): the device asks, the manager types
     * the code the device shows, the device's next poll collects the token, which this returns.
     */
    public String pair(String kind, String deviceId) {
        JsonObject asked = post("/api/v1/pairings", new JsonObject().put("kind", kind).put("name", "test " + deviceId))
                .bodyAsJsonObject();
        String manager = login("m01");
        HttpResponse<Buffer> approved = post("/api/v1/pairings/" + asked.getString("id") + "/approve",
                new JsonObject().put("code", asked.getString("code")).put("device", deviceId), manager);
        if (approved.statusCode() != 200) {
            throw new AssertionError("approving " + deviceId + " failed: " + approved.bodyAsString());
        }
        return get("/api/v1/pairings/" + asked.getString("id")).bodyAsJsonObject().getString("token");
    }

    public JsonObject issue(String service) {
        return issue(new JsonObject().put("service", service));
    }

    public JsonObject issue(JsonObject body) {
        HttpResponse<Buffer> response = post("/api/v1/tickets", body);
        if (response.statusCode() != 201) {
            throw new AssertionError("issue failed: " + response.bodyAsString());
        }
        return response.bodyAsJsonObject();
    }

    /** Stops the hub as an operator would (clean shutdown). */
    @Override
    public void close() {
        client.close();
        vertx.close().await();
    }
}
