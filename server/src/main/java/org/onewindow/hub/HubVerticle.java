package org.onewindow.hub;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.micrometer.PrometheusScrapingHandler;
import io.vertx.micrometer.backends.BackendRegistries;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.onewindow.api.ApiRouter;
import org.onewindow.api.HallStateView;
import org.onewindow.devices.DeviceRegistry;
import org.onewindow.devices.Pairings;
import org.onewindow.events.EventBridge;
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

/**
 * The hub: loads the hall file, restores the day from SQLite, then serves the API, the event bridge,
 * the pages, /health and /metrics. Any failure on the way fails the deployment.
 */
public final class HubVerticle extends VerticleBase {
    private static final Logger LOG = Logger.getLogger(HubVerticle.class.getName());

    private final HubSettings settings;
    private final Clock clock;
    private HallDesk desk;
    private DeviceRegistry devices;
    private HubAdvisor advisor;
    private HttpServer server;

    public HubVerticle(HubSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public HubVerticle(HubSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Future<?> start() {
        return vertx.executeBlocking(this::openDesk)
                .compose(opened -> {
                    desk = opened;
                    return vertx.createHttpServer().requestHandler(router(opened)).listen(settings.port(), settings.host());
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
            StoredDay stored = store.restore(LocalDate.ofInstant(clock.instant(), config.timezone()));
            hall.restore(stored.tickets(), stored.counters(), stored.lastDay());
            HallDesk.tidy(hall, event -> {
                store.append(event);
                hall.apply(event);
            });
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
        HallBroadcast broadcast = new HallBroadcast(vertx.eventBus(), config);
        desk.waitingNow().onSuccess(metrics::waiting);
        desk.onCommit(metrics::committed);
        desk.onCommit((event, waiting) -> broadcast.committed(event));
        desk.onState(broadcast::state);

        Router router = Router.router(vertx);
        router.get("/health").handler(ctx -> Health.check(ctx, desk));
        router.get("/metrics").handler(PrometheusScrapingHandler.create(registry));
        advisor = new HubAdvisor(config.routing());
        advisor.start(vertx, desk);
        router.route("/api/v1/*").subRouter(ApiRouter.create(vertx, desk, new Sessions(config, clock, Sessions.DEFAULT_TTL),
                advisor, devices, new Pairings(clock), settings.publicUrl()));
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
        Future<Void> closing = server == null ? Future.succeededFuture() : server.close();
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
