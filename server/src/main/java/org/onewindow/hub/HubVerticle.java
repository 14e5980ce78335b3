package org.onewindow.hub;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.micrometer.PrometheusScrapingHandler;
import io.vertx.micrometer.backends.BackendRegistries;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.onewindow.api.ApiRouter;
import org.onewindow.api.BearerToken;
import org.onewindow.api.HallStateView;
import org.onewindow.devices.DeviceRegistry;
import org.onewindow.devices.Pairings;
import java.util.concurrent.TimeUnit;
import org.onewindow.edge.ConnectionTimeouts;
import org.onewindow.edge.Edge;
import org.onewindow.edge.HeaderDeadlines;
import org.onewindow.edge.HostCheck;
import org.onewindow.devices.printing.PrinterFleet;
import org.onewindow.events.EventBridge;
import org.onewindow.events.EventSockets;
import org.onewindow.events.HallBroadcast;
import org.onewindow.hall.DemoHall;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.HallFile;
import org.onewindow.metrics.HallMetrics;
import org.onewindow.routing.Policies;
import org.onewindow.routing.RoutingPolicy;
import org.onewindow.staff.Sessions;
import org.onewindow.store.Checkpointer;
import org.onewindow.store.HallStore;
import org.onewindow.store.StoredDay;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.RandomTicketIds;
import org.onewindow.voice.Announcement;
import org.onewindow.voice.Announcer;
import org.onewindow.voice.VoiceRoutes;

/**
 * The hub: loads the hall file, restores the day from SQLite, then serves the API, the event bridge,
 * the pages, /health and /metrics. Any failure on the way fails the deployment.
 */
public final class HubVerticle extends VerticleBase {
    private static final Logger LOG = Logger.getLogger(HubVerticle.class.getName());

    private final HubSettings settings;
    private final Clock clock;
    private final ConnectionTimeouts timeouts;
    private HallDesk desk;
    private DeviceRegistry devices;
    private HubAdvisor advisor;
    private PrinterFleet printers;
    private HttpServer server;
    private Announcer announcer;

    public HubVerticle(HubSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public HubVerticle(HubSettings settings, Clock clock) {
        this(settings, clock, ConnectionTimeouts.DEFAULT);
    }

    /** A hub with other socket timeouts (tests: short ones). */
    public HubVerticle(HubSettings settings, Clock clock, ConnectionTimeouts timeouts) {
        this.settings = settings;
        this.clock = clock;
        this.timeouts = timeouts;
    }

    @Override
    public Future<?> start() {
        return vertx.executeBlocking(this::openDesk)
                .compose(opened -> {
                    desk = opened;
                    // No h2c: with it, Vert.x creates the connection only once the first bytes tell HTTP/1 from
                    // HTTP/2, so a silent socket would never start its header deadline. Browsers use HTTP/1.1 here.
                    HttpServerOptions options = new HttpServerOptions().setHttp2ClearTextEnabled(false)
                            .setIdleTimeout((int) timeouts.silence().toMillis()).setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
                    return new HeaderDeadlines(vertx, timeouts).install(vertx.createHttpServer(options),
                                    new HostCheck(router(opened)))
                            .listen(settings.port(), settings.host());
                })
                .onSuccess(listening -> server = listening)
                .mapEmpty();
    }

    /** Blocking: reads the hall file and the database. */
    private HallDesk openDesk() {
        HallConfig config = settings.hallFile() == null ? DemoHall.config() : HallFile.load(settings.hallFile());
        HallStore store = HallStore.open(settings.dataDir(), config.timezone());
        try {
            RoutingPolicy policy = Policies.byName(config.routing().policy(), config.routing().backupSlowdown());
            Hall hall = new Hall(config, clock, policy, Policies.estimatorFor(policy, config), new RandomTicketIds());
            LocalDate today = LocalDate.ofInstant(clock.instant(), config.timezone());
            StoredDay stored = store.restore(today);
            hall.restore(stored.tickets(), stored.counters(), stored.lastDay());
            hall.restoreWindowTimes(store.statusTakenOn(today));
            store.ticketingChanges().forEach(hall::apply);
            store.openCasesWith(new BadRatingCases(hall, store));
            HallDesk.tidy(hall, event -> {
                store.append(event);
                hall.apply(event);
            });
            announcer = Announcer.choose(settings.dataDir().resolve("voice-pack"))
                    .map(voice -> new Announcer(voice, settings.dataDir().resolve("voice-cache"))).orElse(null);
            LOG.info(announcer == null ? "voice: none (install espeak-ng, or put a voice pack in "
                    + settings.dataDir().resolve("voice-pack") + "); boards announce on their own"
                    : "voice: " + announcer.describe());
            devices = new DeviceRegistry(config.devices(), clock, store.devicePairings());
            // Written down outside the database (this log, a backup's notes), the head pins the history so far.
            LOG.info("event log head: seq " + store.logHead().seq() + ", hash " + store.logHead().hash());
            HallDesk opened = new HallDesk(vertx, hall, store, HallStateView::of);
            opened.checkpointEvery(Checkpointer.open(settings.dataDir()));
            return opened;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private Router router(HallDesk desk) {
        HallConfig config = desk.config();
        PrometheusMeterRegistry registry = registry();
        HallMetrics metrics = new HallMetrics(registry, config);
        VoiceRoutes voice = announcer == null ? null : new VoiceRoutes(vertx, announcer, config);
        HallBroadcast broadcast = new HallBroadcast(vertx.eventBus(), config, event -> {
            if (voice == null) {
                return null;
            }
            var ticket = event.ticket();
            var counter = config.counter(ticket.counter()).orElse(null);
            String path = announcer.path(Announcement.call(ticket.number(), ticket.counter(),
                    counter == null ? ticket.counter() + "号窗口" : counter.name().zh(),
                    counter == null ? "window " + ticket.counter() : counter.name().en(), ticket.language()));
            voice.prepare(path);
            return path;
        });
        desk.waitingNow().onSuccess(metrics::waiting);
        desk.onCommit(metrics::committed);
        desk.onCommit((event, waiting) -> broadcast.committed(event));
        desk.onState(broadcast::state);

        Sessions sessions = new Sessions(config, clock, Sessions.DEFAULT_TTL);
        vertx.executeBlocking(() -> {
            Sessions.prepare();
            return null;
        }, false);
        Router router = Router.router(vertx);
        // Paired kiosks and agents are not ticket-limited (CONTRACT §6).
        Edge.mount(router, new Edge(clock, config.limits(), sessions, settings.publicUrl(),
                ctx -> devices.issuesUnlimited(BearerToken.of(ctx))));
        router.get("/health").handler(ctx -> Health.check(ctx, desk));
        router.get("/metrics").handler(PrometheusScrapingHandler.create(registry));
        advisor = new HubAdvisor(config.routing());
        advisor.start(vertx, desk);
        printers = new PrinterFleet(vertx, config.devices(), clock);
        devices.watchPrinters(printers);
        printers.start();
        if (voice != null) {
            voice.mount(router);
        }
        router.route("/api/v1/*").subRouter(ApiRouter.create(vertx, desk, sessions,
                advisor, devices, new Pairings(clock), printers, settings.publicUrl()));
        router.get("/eventbus/websocket").handler(EventSockets.create(vertx)::upgrade);
        router.route("/eventbus/*").subRouter(EventBridge.create(vertx));
        Pages.mount(vertx, router);
        for (int status : new int[] {404, 405}) {
            router.errorHandler(status, ctx -> {
                if (ApiRouter.isApiPath(ctx)) {
                    ApiRouter.failed(ctx);
                } else {
                    ctx.response().setStatusCode(status).putHeader("Content-Type", "text/plain; charset=utf-8")
                            .end(status == 404 ? "Not found / 页面不存在" : "Method not allowed");
                }
            });
        }
        return router;
    }

    /** Vert.x's own registry when the hub runs with metrics on (HubVertx), else one for the hall's meters alone. */
    private static PrometheusMeterRegistry registry() {
        MeterRegistry shared = BackendRegistries.getDefaultNow();
        return shared instanceof PrometheusMeterRegistry prometheus ? prometheus
                : new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    }

    @Override
    public Future<?> stop() {
        Future<Void> closing = (server == null ? Future.<Void>succeededFuture() : server.close())
                .compose(v -> printers == null ? Future.succeededFuture() : printers.close());
        return closing.compose(v -> desk == null ? Future.succeededFuture() : desk.close());
    }

    /** Runs the advisor's minute step now (tests: the timer runs on the wall clock). */
    Future<?> advisorTick() {
        return advisor.tick(desk);
    }

    /** The port the hub listens on (useful when started with port 0). */
    public int port() {
        return server.actualPort();
    }
}
