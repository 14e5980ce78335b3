package org.onewindow.hardware.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.json.JSONArray;
import org.json.JSONObject;
import org.onewindow.hardware.escpos.PaperWidth;
import org.onewindow.hardware.escpos.PrinterStatus;
import org.onewindow.hardware.escpos.QrMode;
import org.onewindow.hardware.escpos.TicketLayout;
import org.onewindow.hardware.escpos.TicketPrint;
import org.onewindow.hardware.gpio.Pins;

/**
 * The device agent: pairs with the hub, then runs its config's bindings. Every press does one thing
 * once: a ticket button is ignored while its ticket is on the way; a rating press goes through the
 * outbox; nothing is invented when the hub cannot be reached. Each change of state is one log line.
 */
public final class Agent implements AutoCloseable {
    /** A window's lamp stays lit this long after a call. */
    static final long CALL_LAMP_MILLIS = 30_000;
    static final long CHECK_MILLIS = 2_000;

    private final AgentConfig config;
    private final HubClient hub;
    private final Pins pins;
    private final Consumer<String> log;
    private final Outbox outbox;
    private final ExecutorService presses = Executors.newSingleThreadExecutor(r -> daemon(r, "agent-presses"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "agent-timer"));
    private final Map<Integer, ScheduledFuture<?>> lampOff = new ConcurrentHashMap<>();
    private final Map<Integer, Boolean> inFlight = new ConcurrentHashMap<>();
    private HubEvents events;
    private volatile boolean online;
    private volatile boolean printerFault;
    private volatile boolean revoked;
    private volatile String hallName = "";

    public Agent(AgentConfig config, java.net.URI hubUrl, Pins pins, Consumer<String> log) {
        this.config = config;
        this.hub = new HubClient(hubUrl);
        this.pins = pins;
        this.log = log;
        this.outbox = new Outbox(config.outboxFile());
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Pairs if it must (blocking until a manager approves), then binds the pins and starts following the hub. */
    public void start() throws InterruptedException {
        String token = readToken();
        if (token == null) {
            token = new Pairing(hub, config, log).pair();
            writeToken(token);
        }
        hub.token(token);
        bind();
        check();
        events = new HubEvents(hub.hub(), List.of("hall.called"), this::heard, connected -> {
            log.accept(connected ? "events: connected" : "events: lost, reconnecting");
            if (connected) {
                presses.execute(this::check);
            }
        });
        events.start();
        timer.scheduleWithFixedDelay(() -> presses.execute(this::check), CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
        if (config.speaker()) {
            log.accept("speaker: plays the hub's announcement of every call (CONTRACT §8); a hub without a voice sends none");
        }
        log.accept("ready: device " + config.device() + ", " + config.buttons().size() + " buttons"
                + (config.pad() == null ? "" : ", rating pad of window " + config.pad().counter()) + ", " + config.lamps().size() + " lamps");
    }

    public boolean revoked() {
        return revoked;
    }

    public int outboxSize() {
        return outbox.size();
    }

    private String readToken() {
        try {
            if (Files.exists(config.stateFile())) {
                JSONObject state = new JSONObject(Files.readString(config.stateFile()));
                if (config.device().equals(state.optString("device"))) {
                    return state.optString("token", null);
                }
            }
            return null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void writeToken(String token) {
        try {
            Files.writeString(config.stateFile(), new JSONObject().put("device", config.device()).put("token", token).toString());
            try {
                Files.setPosixFilePermissions(config.stateFile(), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: nothing to tighten
            }
            log.accept("paired: token kept in " + config.stateFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void bind() {
        for (AgentConfig.Lamp lamp : config.lamps()) {
            pins.output(lamp.pin());
        }
        for (AgentConfig.Button button : config.buttons()) {
            pins.button(button.pin(), () -> pressed(button.pin(), () -> {
                if (button.ticket() != null) {
                    takeTicket(button.ticket());
                } else {
                    call(button.call());
                }
            }));
        }
        if (config.pad() != null) {
            List<Integer> keys = config.pad().pins();
            for (int i = 0; i < keys.size(); i++) {
                int score = i + 1;
                pins.button(keys.get(i), () -> pressed(keys.get(score - 1), () -> rate(score)));
            }
        }
    }

    /** One press, one action: a press while the last one of this pin is still on its way is bounce or impatience. */
    private void pressed(int pin, Runnable action) {
        if (inFlight.putIfAbsent(pin, Boolean.TRUE) != null) {
            log.accept("pin " + pin + ": pressed again while busy, ignored");
            return;
        }
        presses.execute(() -> {
            try {
                if (revoked) {
                    log.accept("pin " + pin + ": ignored, this agent's pairing was revoked");
                } else {
                    action.run();
                }
            } finally {
                inFlight.remove(pin);
            }
        });
    }

    private void takeTicket(String service) {
        HubClient.Answer answer;
        try {
            answer = hub.post("/tickets", new JSONObject().put("service", service).put("channel", "kiosk"));
        } catch (HubClient.Unreachable e) {
            reachable(false, e.getMessage());
            log.accept("ticket: hub unreachable, no ticket printed (" + service + ")");
            return;
        }
        if (refusedAsRevoked(answer) || !answered(answer, "ticket " + service)) {
            return;
        }
        JSONObject ticket = answer.body();
        if (config.printer() == null) {
            log.accept("ticket " + ticket.optString("number") + ": no printer configured");
            return;
        }
        try {
            byte[] job = new TicketLayout(PaperWidth.ofMillimetres(config.printerWidth()), QrMode.RASTER).render(print(ticket));
            PrinterStatus status = new LocalPrinter(config.printer()).print(job);
            printerFault(!status.canPrint(), status.worst().map(f -> f.wire()).orElse("ok"));
            log.accept("ticket " + ticket.optString("number") + (status.canPrint() ? ": printed" : ": NOT printed, printer "
                    + status.worst().map(f -> f.wire()).orElse("fault")));
        } catch (IOException e) {
            printerFault(true, e.getMessage());
            log.accept("ticket " + ticket.optString("number") + ": NOT printed, printer unreachable (" + e.getMessage() + ")");
        }
    }

    private TicketPrint print(JSONObject ticket) {
        JSONObject name = ticket.optJSONObject("serviceName", new JSONObject());
        List<String> materials = new ArrayList<>();
        JSONArray listed = ticket.optJSONArray("materials", new JSONArray());
        for (int i = 0; i < listed.length(); i++) {
            materials.add(listed.getJSONObject(i).optString("zh"));
        }
        String issued = ticket.optString("issuedAt", "");
        String taken = issued.isEmpty() ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(OffsetDateTime.parse(issued));
        Integer wait = ticket.has("estimatedWaitMinutes") ? ticket.optInt("estimatedWaitMinutes") : null;
        return new TicketPrint(hallName, ticket.optString("number"), name.optString("zh", ticket.optString("service")),
                name.optString("en", null), ticket.optInt("ahead"), wait, null, null, taken, materials, ticket.optString("trackUrl"));
    }

    private void call(String counter) {
        try {
            HubClient.Answer answer = hub.post("/counters/" + counter + "/call", new JSONObject());
            if (refusedAsRevoked(answer)) {
                return;
            }
            if (answer.status() == 204) {
                log.accept("call window " + counter + ": nobody is waiting");
            } else if (answered(answer, "call window " + counter)) {
                log.accept("call window " + counter + ": " + answer.body().optString("number"));
            }
        } catch (HubClient.Unreachable e) {
            reachable(false, e.getMessage());
            log.accept("call window " + counter + ": hub unreachable, nobody called");
        }
    }

    /** The ticket the window's pad may rate now (the hub's RatingPrompt), kept to rate while the hub is away. */
    private volatile JSONObject prompt;

    private void rate(int score) {
        refreshPrompt();
        JSONObject open = prompt;
        if (open == null || !open.has("ticket")) {
            log.accept("rating " + score + ": nobody to rate at window " + config.pad().counter());
            return;
        }
        String ticket = open.getJSONObject("ticket").getString("id");
        String number = open.getJSONObject("ticket").optString("number");
        prompt = null; // one rating per visitor from this pad
        outbox.add(new JSONObject().put("id", UUID.randomUUID().toString()).put("ticket", ticket).put("number", number).put("score", score));
        log.accept("rating " + score + " for " + number + ": kept" + (online ? ", sending" : " until the hub is back"));
        flushOutbox();
    }

    private void refreshPrompt() {
        if (config.pad() == null || !online) {
            return;
        }
        try {
            HubClient.Answer answer = hub.get("/devices/me/prompt");
            if (answer.ok()) {
                String before = promptNumber(prompt);
                prompt = answer.body();
                if (!promptNumber(prompt).equals(before)) {
                    log.accept("prompt: " + (promptNumber(prompt).isEmpty() ? "nobody to rate" : promptNumber(prompt))
                            + " at window " + config.pad().counter());
                }
            }
        } catch (HubClient.Unreachable e) {
            reachable(false, e.getMessage());
        }
    }

    private static String promptNumber(JSONObject prompt) {
        return prompt == null || !prompt.has("ticket") ? "" : prompt.getJSONObject("ticket").optString("number");
    }

    private void flushOutbox() {
        outbox.flush(entry -> {
            try {
                HubClient.Answer answer = hub.post("/tickets/" + entry.getString("ticket") + "/rating",
                        new JSONObject().put("score", entry.getInt("score")));
                if (answer.status() == 401) {
                    refusedAsRevoked(answer);
                    return false;
                }
                log.accept("rating " + entry.getInt("score") + " for " + entry.optString("number") + ": "
                        + (answer.ok() ? "accepted" : "refused, " + answer.code() + " (" + answer.message() + ")"));
                return true;
            } catch (HubClient.Unreachable e) {
                reachable(false, e.getMessage());
                return false;
            }
        });
    }

    /** Every few seconds: is the hub there, is this agent still paired; then send what waits. */
    private void check() {
        if (revoked) {
            return;
        }
        try {
            HubClient.Answer me = hub.get("/devices/me");
            if (refusedAsRevoked(me)) {
                return;
            }
            reachable(true, null);
            if (hallName.isEmpty()) {
                HubClient.Answer hall = hub.get("/hall");
                hallName = hall.body().optJSONObject("name", new JSONObject()).optString("zh", "");
            }
            flushOutbox();
            if (outbox.size() == 0) {
                refreshPrompt();
            }
        } catch (HubClient.Unreachable e) {
            reachable(false, e.getMessage());
        }
    }

    private boolean refusedAsRevoked(HubClient.Answer answer) {
        if (answer.status() != 401) {
            return false;
        }
        if (!revoked) {
            revoked = true;
            log.accept("revoked: the hub no longer accepts this agent (" + answer.message() + "); it stops acting. "
                    + "To pair again, delete " + config.stateFile() + " and restart / 配对已被撤销，删除状态文件后重启以重新配对");
            faultLamps(true);
        }
        return true;
    }

    private boolean answered(HubClient.Answer answer, String what) {
        reachable(true, null);
        if (!answer.ok()) {
            log.accept(what + ": refused, " + answer.code() + " (" + answer.message() + ")");
            return false;
        }
        return true;
    }

    private synchronized void reachable(boolean now, String why) {
        if (now != online) {
            online = now;
            log.accept(now ? "hub: reachable at " + hub.hub() : "hub: unreachable (" + why + ")");
        }
        faultLamps(!online || printerFault || revoked);
    }

    private void printerFault(boolean fault, String what) {
        if (fault != printerFault) {
            printerFault = fault;
            log.accept("printer: " + (fault ? "fault, " + what : "ok"));
        }
        faultLamps(!online || printerFault || revoked);
    }

    private void faultLamps(boolean lit) {
        config.lamps().stream().filter(l -> l.lights().equals("fault")).forEach(l -> pins.set(l.pin(), lit));
    }

    /** hall.called: the window's lamp lights for a while after each call and recall. */
    private void heard(String address, JSONObject body) {
        if (!"hall.called".equals(address) || revoked) {
            return;
        }
        String counter = body.optString("counter");
        for (AgentConfig.Lamp lamp : config.lamps()) {
            if (lamp.lights().equals("calling") && counter.equals(lamp.counter())) {
                pins.set(lamp.pin(), true);
                ScheduledFuture<?> previous = lampOff.put(lamp.pin(),
                        timer.schedule(() -> pins.set(lamp.pin(), false), CALL_LAMP_MILLIS, TimeUnit.MILLISECONDS));
                if (previous != null) {
                    previous.cancel(false);
                }
            }
        }
        if (config.pad() != null && counter.equals(config.pad().counter())) {
            presses.execute(this::refreshPrompt);
        }
        String audio = body.optString("audio", "");
        if (config.speaker() && !audio.isEmpty()) {
            String number = body.optString("number");
            announcements.execute(() -> announce(number, audio));
        }
    }

    /** One announcement at a time, in the order of the calls (a single-thread executor). */
    private final java.util.concurrent.ExecutorService announcements = java.util.concurrent.Executors.newSingleThreadExecutor();
    private final Speaker speaker = new Speaker();
    private boolean silentSaid;

    private void announce(String number, String audio) {
        try {
            byte[] wav = hub.bytes(audio);
            java.util.Optional<Double> seconds = Speaker.seconds(wav);
            if (seconds.isEmpty()) {
                log.accept("speaker: " + number + ": the hub's announcement is not a WAV; nothing played");
            } else if (speaker.play(wav)) {
                log.accept(String.format(java.util.Locale.ROOT, "speaker: %s announced (%.1f s)", number, seconds.get()));
            } else if (!silentSaid) {
                silentSaid = true;
                log.accept(String.format(java.util.Locale.ROOT,
                        "speaker: %s fetched (%.1f s WAV) but this machine has no sound output; announcements are not heard",
                        number, seconds.get()));
            }
        } catch (HubClient.Unreachable e) {
            reachable(false, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (events != null) {
            events.close();
        }
        timer.shutdownNow();
        presses.shutdownNow();
        announcements.shutdownNow();
    }
}
