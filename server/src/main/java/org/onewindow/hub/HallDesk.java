package org.onewindow.hub;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.routing.HallForecast;
import org.onewindow.routing.LearnedEstimator;
import org.onewindow.store.Checkpointer;
import org.onewindow.store.HallStore;
import org.onewindow.store.ReportReader;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.HallEvent;

/**
 * Where every command meets the hall: one worker thread decides, commits to SQLite, then answers.
 * Nothing else touches the {@link Hall} or the store, so they need no locks, and a caller hears "done"
 * only for a committed change. Commands that arrive together share one transaction (group commit, see
 * {@link #run}).
 *
 * <p>Listeners hear of every committed event at once. One forecast per hall version: after a change
 * the desk snapshots the hall, another worker plays it forward ({@link LearnedEstimator#prepare}), and the
 * desk adopts the result and takes the hall state from it; under a burst, one play at a time and a pause
 * after each ({@link PlayPacing}), the state going out meanwhile from the latest forecast. Every ticket view, service estimate, GET /hall and hall.state reads that one
 * forecast, so no command or read plays the hall on the desk and their cost does not grow with the queue.
 * The advisor's what-ifs run {@link #aside} too, from a snapshot taken on the desk.
 */
public final class HallDesk {
    static final long STATE_EVERY_MS = 100;
    /** At most this many commands share one transaction. */
    static final int MAX_GROUP = 256;
    static final long CHECKPOINT_EVERY_MS = 2_000;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(HallDesk.class.getName());
    /** A desk that has worked on nothing for this long with commands waiting is stuck, not busy. */
    static final long STUCK_AFTER_MS = 30_000;
    /** Even with nothing happening the state changes: estimates count down, the hall opens and closes. */
    static final long STATE_AT_LEAST_EVERY_MS = 60_000;

    /** A read of the hall and the store, run on the desk's thread. */
    public interface Query<T> {
        T run(Hall hall, HallStore store);
    }

    private final Vertx vertx;
    private final Hall hall;
    private final HallConfig config;
    private final HallStore store;
    private final ReportReader history;
    private final Clock clock;
    private final WorkerExecutor worker;
    /** Plays forecasts and the advisor's what-ifs, at the lowest priority ({@link BackgroundPriority}): never the desk's thread. */
    private final WorkerExecutor side;
    private final LearnedEstimator forecasts;
    private final AtomicInteger queued = new AtomicInteger();
    private volatile long lastDoneNanos = System.nanoTime();
    private Checkpointer checkpointer;
    private long checkpointTimer = -1;
    private final Queue<Pending<?>> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final Function<Hall, JsonObject> stateBody;
    private final List<BiConsumer<HallEvent, Map<String, Integer>>> eventListeners = new ArrayList<>();
    private final List<Consumer<JsonObject>> stateListeners = new ArrayList<>();
    private final AtomicBoolean stateDue = new AtomicBoolean();
    private final PlayPacing pacing = new PlayPacing();
    private final AtomicBoolean playTimer = new AtomicBoolean();
    private volatile boolean storeHealthy = true;

    /**
     * @param stateBody the hall.state body, taken on the desk's thread
     */
    public HallDesk(Vertx vertx, Hall hall, HallStore store, Function<Hall, JsonObject> stateBody) {
        this.vertx = vertx;
        this.hall = hall;
        this.config = hall.view().config();
        this.store = store;
        this.history = store.reportReader();
        this.clock = hall.clock();
        this.stateBody = stateBody;
        this.worker = vertx.createSharedWorkerExecutor("onewindow-hall-desk", 1);
        this.side = vertx.createSharedWorkerExecutor("onewindow-forecast", 1);
        side.executeBlocking(BackgroundPriority::currentThreadId, true)
                .compose(thread -> vertx.executeBlocking(() -> BackgroundPriority.lower(thread), false));
        this.forecasts = hall.estimator() instanceof LearnedEstimator learned ? learned : null;
        if (forecasts != null) {
            forecasts.playInBackground();
        }
    }

    /** The hall file, frozen: safe to read from any thread. */
    public HallConfig config() {
        return config;
    }

    /** Each committed event, in commit order, with the number waiting per service right after it. */
    public void onCommit(BiConsumer<HallEvent, Map<String, Integer>> listener) {
        eventListeners.add(listener);
    }

    /**
     * The hall state after changes, at most every {@link #STATE_EVERY_MS} ms and always after the last
     * change, and at least every minute.
     */
    public void onState(Consumer<JsonObject> listener) {
        if (stateListeners.isEmpty()) {
            // The minute tick also runs the chores, so the day ends at midnight even in a quiet hall.
            vertx.setPeriodic(STATE_AT_LEAST_EVERY_MS, id -> commands((h, sink) -> { }).onComplete(done -> stateChanged()));
        }
        stateListeners.add(listener);
    }

    public <T> Future<T> query(Query<T> query) {
        return onDesk(() -> query.run(hall, store));
    }

    /** A change outside the ticket events (a manager's stop of ticketing): run on the desk's thread, then the new state goes out. */
    public <T> Future<T> change(Query<T> change) {
        return worker.executeBlocking(() -> change.run(hall, store), true).andThen(done -> stateChanged());
    }

    /**
     * A read of the stored history (reports, cases, ratings) on a connection of its own, on a worker:
     * never on the desk's thread, so a year's report does not hold up a ticket. It is given the hall's
     * time now.
     */
    public <T> Future<T> history(BiFunction<ReportReader, Instant, T> read) {
        return vertx.executeBlocking(() -> read.apply(history, clock.instant()), false);
    }

    public <T> Future<T> read(Function<Hall, T> read) {
        return onDesk(() -> read.apply(hall));
    }

    /**
     * Checkpoints the WAL every {@link #CHECKPOINT_EVERY_MS} ms beside the desk (never inside a commit),
     * on its own connection; a failed one is logged and tried again next time.
     */
    public void checkpointEvery(Checkpointer checkpointer) {
        this.checkpointer = checkpointer;
        checkpointTimer = vertx.setPeriodic(CHECKPOINT_EVERY_MS, id -> aside(() -> {
            checkpointer.run();
            return null;
        }).onFailure(failure -> LOG.warning(failure.getMessage())));
    }

    /** Runs a job that needs no hall (a what-if on a snapshot) on a worker beside the desk, never on it. */
    public <T> Future<T> aside(Callable<T> job) {
        return side.executeBlocking(job, false);
    }

    private <T> Future<T> onDesk(Callable<T> job) {
        queued.incrementAndGet();
        return worker.executeBlocking(job, true).andThen(done -> {
            queued.decrementAndGet();
            lastDoneNanos = System.nanoTime();
        });
    }

    /**
     * How the desk is doing, without queueing behind it: "ok" when nothing waits for it, "busy" when
     * commands wait but it finished one lately, "stuck" when they wait and it has finished nothing for
     * {@link #STUCK_AFTER_MS} ms.
     */
    public String pace() {
        if (queued.get() == 0) {
            return "ok";
        }
        return (System.nanoTime() - lastDoneNanos) / 1_000_000 > STUCK_AFTER_MS ? "stuck" : "busy";
    }

    /** Decides, commits and applies one event, then answers from the changed hall. */
    public <T> Future<T> command(Function<Hall, HallEvent> decide, BiFunction<Hall, HallEvent, T> answer) {
        return maybe(h -> Optional.of(decide.apply(h)), answer).map(Optional::orElseThrow);
    }

    /**
     * As {@link #command}, for commands that may have nothing to do (a call with nobody waiting); the
     * answer is empty then, or when {@code answer} returns null.
     */
    public <T> Future<Optional<T>> maybe(Function<Hall, Optional<HallEvent>> decide,
                                        BiFunction<Hall, HallEvent, T> answer) {
        return run((h, sink) -> decide.apply(h).map(event -> {
            sink.accept(event);
            return answer.apply(h, event);
        }));
    }

    /**
     * Runs a job that may cause several events (the advisor's auto mode): each one the job hands to
     * its sink is staged (applied, to be taken back if the commit fails) before the job decides the next, and
     * all of them are committed with the job's group.
     */
    public Future<List<HallEvent>> commands(BiConsumer<Hall, Consumer<HallEvent>> job) {
        List<HallEvent> events = new ArrayList<>();
        return run((h, sink) -> {
            job.accept(h, event -> {
                sink.accept(event);
                events.add(event);
            });
            return Optional.of(List.copyOf(events));
        }).map(Optional::orElseThrow);
    }

    private interface Job<T> {
        Optional<T> run(Hall hall, Consumer<HallEvent> stage);
    }

    /** A command waiting for the desk, and for the commit of its group. */
    private static final class Pending<T> {
        final Job<T> job;
        final Context context;
        final Promise<Optional<T>> answer = Promise.promise();
        final List<Committed> events = new ArrayList<>();
        Optional<T> result;
        RuntimeException refused;

        Pending(Job<T> job, Context context) {
            this.job = job;
            this.context = context;
        }

        void settle(Runnable how) {
            if (context != null) {
                context.runOnContext(v -> how.run());
            } else {
                how.run();
            }
        }
    }

    /**
     * Group commit. Commands that arrive while the desk is busy wait in {@link #pending}; the desk takes them
     * all (up to {@link #MAX_GROUP}) and decides them one by one, each against a hall that includes the
     * events of the ones before it ({@link Hall#stage}), then commits all their events in one transaction
     * and only then answers. A command refused on its own (a bad key, a closed window) is taken back alone
     * ({@link Hall#unstage} to its mark) and does not touch the others; when the commit fails the whole
     * group is taken back, so the hall in memory is the hall on disk, and every caller of the group hears
     * of the failure.
     */
    private <T> Future<Optional<T>> run(Job<T> job) {
        Pending<T> command = new Pending<>(job, Vertx.currentContext());
        pending.add(command);
        queued.incrementAndGet();
        if (draining.compareAndSet(false, true)) {
            worker.executeBlocking(() -> {
                drain();
                return null;
            }, true);
        }
        return command.answer.future().andThen(done -> {
            if (!command.events.isEmpty()) {
                command.events.forEach(c -> eventListeners.forEach(listener -> listener.accept(c.event, c.waiting)));
                stateChanged();
            }
        });
    }

    private void drain() {
        while (true) {
            List<Pending<?>> group = new ArrayList<>();
            for (Pending<?> next = pending.poll(); next != null; next = group.size() < MAX_GROUP ? pending.poll() : null) {
                group.add(next);
            }
            if (group.isEmpty()) {
                draining.set(false);
                if (pending.isEmpty() || !draining.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            decideAndCommit(group);
            queued.addAndGet(-group.size());
            lastDoneNanos = System.nanoTime();
        }
    }

    private void decideAndCommit(List<Pending<?>> group) {
        try {
            // Chores (a new day) go first, each committed alone: they are rare and are never taken back.
            tidy(hall, event -> {
                commit(List.of(event));
                hall.apply(event);
            });
        } catch (RuntimeException e) {
            group.forEach(p -> p.settle(() -> p.answer.fail(e)));
            return;
        }
        List<HallEvent> staged = new ArrayList<>();
        for (Pending<?> command : group) {
            decide(command, staged);
        }
        try {
            if (!staged.isEmpty()) {
                commit(staged);
            }
            hall.settle();
        } catch (RuntimeException e) {
            hall.unstage(0);
            for (Pending<?> command : group) {
                command.events.clear();
                command.settle(() -> command.answer.fail(command.refused != null ? command.refused : e));
            }
            return;
        }
        for (Pending<?> command : group) {
            answer(command);
        }
    }

    private static <T> void answer(Pending<T> command) {
        if (command.refused != null) {
            command.settle(() -> command.answer.fail(command.refused));
        } else {
            Optional<T> result = command.result;
            command.settle(() -> command.answer.complete(result));
        }
    }

    private <T> void decide(Pending<T> command, List<HallEvent> staged) {
        int mark = hall.staged();
        try {
            command.result = command.job.run(hall, event -> {
                hall.stage(event);
                staged.add(event);
                command.events.add(new Committed(event, waiting()));
            });
        } catch (RuntimeException e) {
            hall.unstage(mark);
            staged.subList(staged.size() - command.events.size(), staged.size()).clear();
            command.events.clear();
            command.refused = e;
        }
    }

    private record Committed(HallEvent event, Map<String, Integer> waiting) {
    }

    /** Does the hall's chores that are due (a new day, say) before anything else, each committed. */
    static void tidy(Hall hall, Consumer<HallEvent> commitAndApply) {
        for (Optional<HallEvent> chore = hall.housekeeping(); chore.isPresent(); chore = hall.housekeeping()) {
            commitAndApply.accept(chore.get());
        }
    }

    /** The number waiting per service now (for gauges after a restart, before any event). */
    public Future<Map<String, Integer>> waitingNow() {
        return read(h -> waiting());
    }

    private Map<String, Integer> waiting() {
        Map<String, Integer> waiting = new LinkedHashMap<>();
        for (ServiceSpec service : config.services()) {
            waiting.put(service.id(), hall.view().waiting(service.id()).size());
        }
        return waiting;
    }

    /**
     * Once the quiet period ends, the new state goes out. When a play may start ({@link PlayPacing}): snapshot on
     * the desk, play beside it, adopt on the desk and take the state from the new forecast. Under a burst, while a
     * play is in flight or pausing, the state goes out at once from the latest forecast (tickets taken since are
     * placed behind their line's newcomer, as every read does) and the hall is played again when the pause ends.
     */
    private void stateChanged() {
        if (!stateDue.compareAndSet(false, true)) {
            return;
        }
        vertx.setTimer(STATE_EVERY_MS, id -> {
            if (forecasts != null && pacing.tryStart(System.nanoTime())) {
                playAndPublish();
                return;
            }
            onDesk(() -> {
                stateDue.set(false);
                return stateListeners.isEmpty() ? null : stateBody.apply(hall);
            }).onSuccess(this::publish);
            if (forecasts != null) {
                playLater();
            }
        });
    }

    private void playAndPublish() {
        long[] took = new long[1];
        onDesk(() -> {
            stateDue.set(false);
            return forecasts.prepare(hall.view());
        }).compose(job -> side.executeBlocking(() -> {
            long t0 = System.nanoTime();
            try {
                return job.get();
            } finally {
                took[0] = System.nanoTime() - t0;
            }
        }, true)).compose(forecast -> onDesk(() -> {
            forecasts.adopt(forecast);
            return stateListeners.isEmpty() ? null : stateBody.apply(hall);
        })).onComplete(done -> {
            pacing.finished(System.nanoTime(), took[0]);
            if (done.succeeded()) {
                publish(done.result());
            }
            if (pacing.wanted()) {
                playLater();
            }
        });
    }

    /** Plays once the pause after the last play is over (one timer at a time; a play in flight schedules its own). */
    private void playLater() {
        long wait = pacing.waitNanos(System.nanoTime());
        if (wait < 0 || !playTimer.compareAndSet(false, true)) {
            return;
        }
        vertx.setTimer(Math.max(1, wait / 1_000_000), id -> {
            playTimer.set(false);
            if (pacing.tryStart(System.nanoTime())) {
                playAndPublish();
            } else {
                playLater();
            }
        });
    }

    private void publish(JsonObject state) {
        if (state != null) {
            stateListeners.forEach(listener -> listener.accept(state));
        }
    }

    private void commit(List<HallEvent> events) {
        try {
            store.appendAll(events);
            storeHealthy = true;
        } catch (RuntimeException e) {
            storeHealthy = false;
            throw e;
        }
    }

    /** False after a commit failed, until one succeeds again: /health reports it. */
    public boolean storeHealthy() {
        return storeHealthy;
    }

    public Future<Void> close() {
        if (checkpointTimer >= 0) {
            vertx.cancelTimer(checkpointTimer);
        }
        Future<Void> checkpoints = checkpointer == null ? Future.succeededFuture() : side.executeBlocking(() -> {
            checkpointer.close();
            return null;
        }, true);
        return checkpoints.transform(done -> worker.executeBlocking(() -> {
            store.close();
            return null;
        }, true)).compose(v -> worker.close()).compose(v -> side.close());
    }
}
