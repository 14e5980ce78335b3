package org.onewindow.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plain WebSocket of the event bridge, on a server of its own, fed straight from the event bus. */
class EventSocketsTest {
    private static final long SILENCE_MS = 1_000;
    private final List<AutoCloseable> clients = new ArrayList<>();
    private final BlockingQueue<String> drops = new LinkedBlockingQueue<>();
    private Vertx vertx;
    private EventSockets sockets;
    private int port;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        sockets = EventSockets.create(vertx, SILENCE_MS);
        sockets.onDrop(drops::add);
        Router router = Router.router(vertx);
        router.get("/eventbus/websocket").handler(sockets::upgrade);
        HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .await(10, TimeUnit.SECONDS);
        port = server.actualPort();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable client : clients) {
            client.close();
        }
        vertx.close().await(10, TimeUnit.SECONDS);
    }

    @Test
    void eachListenerHearsEveryEventOfItsAddressesAndNoOther() throws Exception {
        List<BusClient> called = new ArrayList<>();
        List<BusClient> both = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            BusClient client = client();
            client.register(Addresses.HALL_CALLED);
            if (i % 2 == 0) {
                client.register(Addresses.HALL_STATE);
                both.add(client);
            } else {
                called.add(client);
            }
        }
        publish(Addresses.HALL_STATE, new JsonObject().put("version", 1));
        publish(Addresses.HALL_CALLED, new JsonObject().put("number", "A001"));
        // One socket hears its events in the order they were published: hall.state first where it listens.
        for (BusClient client : both) {
            assertThat(client.nextOn(Addresses.HALL_STATE).getInteger("version")).isEqualTo(1);
            assertThat(client.nextOn(Addresses.HALL_CALLED).getString("number")).isEqualTo("A001");
        }
        for (BusClient client : called) {
            JsonObject first = client.next(message -> message.getString("type").equals("rec"));
            assertThat(first.getString("address")).isEqualTo(Addresses.HALL_CALLED);
            assertThat(first.getJsonObject("body").getString("number")).isEqualTo("A001");
        }
    }

    @Test
    void anUnregisteredAddressIsNoLongerHeard() throws Exception {
        BusClient client = client();
        client.register(Addresses.HALL_STATE);
        client.register(Addresses.HALL_CALLED);
        client.send(new JsonObject().put("type", "unregister").put("address", Addresses.HALL_STATE));
        client.register(Addresses.DEVICES_FAULT); // answered after the unregister took effect
        publish(Addresses.HALL_STATE, new JsonObject().put("version", 2));
        publish(Addresses.HALL_CALLED, new JsonObject().put("number", "A002"));
        JsonObject first = client.next(message -> message.getString("type").equals("rec"));
        assertThat(first.getString("address")).isEqualTo(Addresses.HALL_CALLED);
        assertThat(sockets.listening(Addresses.HALL_STATE)).isZero();
    }

    @Test
    void framesItCannotTakeAreAnsweredWithTheBridgesErrors() throws Exception {
        BusClient client = client();
        String[] frames = {"not json", "[1,2]", "{}", "{\"type\":\"shout\"}", "{\"type\":\"register\"}",
            "{\"type\":\"register\",\"address\":\"hall.secrets\"}",
            "{\"type\":\"publish\",\"address\":\"hall.called\",\"body\":{}}"};
        String[] errors = {"invalid_json", "invalid_json", "missing_type", "invalid_type", "missing_address",
            "access_denied", "access_denied"};
        for (int i = 0; i < frames.length; i++) {
            client.sendText(frames[i]);
            JsonObject error = client.next(message -> message.getString("type").equals("err"));
            assertThat(error.getString("body")).as(frames[i]).isEqualTo(errors[i]);
        }
    }

    @Test
    void aSocketThatStopsReadingIsDroppedInsteadOfBufferedWithoutEnd() throws Exception {
        WebSocket stalled = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/eventbus/websocket"), new WebSocket.Listener() {
                    @Override
                    public void onOpen(WebSocket webSocket) {
                        // no request(): this client reads nothing, as a board whose browser hung
                    }
                }).get(10, TimeUnit.SECONDS);
        clients.add(stalled::abort);
        stalled.sendText("{\"type\":\"register\",\"address\":\"hall.state\"}", true).get(10, TimeUnit.SECONDS);
        BusClient live = client();
        live.register(Addresses.HALL_CALLED);
        assertThat(sockets.listening(Addresses.HALL_STATE)).isEqualTo(1);
        JsonObject big = new JsonObject().put("padding", "x".repeat(60_000));
        // The kernel's socket buffers take a few megabytes before the hub's write queue fills.
        for (int i = 0; i < 2_000 && drops.isEmpty(); i++) {
            publish(Addresses.HALL_STATE, big);
        }
        assertThat(drops.poll(20, TimeUnit.SECONDS)).isEqualTo("not reading");
        assertThat(sockets.listening(Addresses.HALL_STATE)).isZero();
        publish(Addresses.HALL_CALLED, new JsonObject().put("number", "A003"));
        assertThat(live.nextOn(Addresses.HALL_CALLED).getString("number")).isEqualTo("A003");
    }

    @Test
    void aSocketThatNeverPingsIsDroppedAndOneThatPingsStays() throws Exception {
        BusClient silent = client();
        silent.register(Addresses.HALL_CALLED);
        BusClient pinging = client();
        pinging.register(Addresses.HALL_CALLED);
        long pinger = vertx.setPeriodic(SILENCE_MS / 10, id -> pinging.sendText("{\"type\":\"ping\"}"));
        assertThat(drops.poll(20, TimeUnit.SECONDS)).isEqualTo("no ping");
        vertx.cancelTimer(pinger);
        assertThat(sockets.listening(Addresses.HALL_CALLED)).isEqualTo(1);
        publish(Addresses.HALL_CALLED, new JsonObject().put("number", "A005"));
        assertThat(pinging.nextOn(Addresses.HALL_CALLED).getString("number")).isEqualTo("A005");
    }

    private BusClient client() throws Exception {
        BusClient client = BusClient.plain(port);
        clients.add(client);
        return client;
    }

    private void publish(String address, JsonObject body) {
        vertx.eventBus().publish(address, body);
    }
}
