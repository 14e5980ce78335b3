package org.onewindow.hub;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.store.HallStore;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.HallEvent;

/**
 * Where every command meets the hall: one worker thread decides, commits to SQLite, applies, then
 * answers. Nothing else touches the {@link Hall} or the store, so they need no locks, and a caller
 * hears "done" only for a committed change.
 *
 * <p>Listeners hear of every committed event at once; the full hall state (with a wait estimate
 * per service, which plays the hall forward) is taken at most every {@link #STATE_EVERY_MS} ms,
 * so a burst of tickets costs one state, not one each.
 */
public final class HallDesk {
    static final long STATE_EVERY_MS = 200;
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
    private final WorkerExecutor worker;
    private final Function<Hall, JsonObject> stateBody;
    private final List<BiConsumer<HallEvent, Map<String, Integer>>> eventListeners = new ArrayList<>();
    private final List<Consumer<JsonObject>> stateListeners = new ArrayList<>();
    private final AtomicBoolean stateDue = new AtomicBoolean();
    private volatile boolean storeHealthy = true;

    /**
     * @param stateBody the hall.state body, taken on the desk's thread
     */
    public HallDesk(Vertx vertx, Hall hall, HallStore store, Function<Hall, JsonObject> stateBody) {
        this.vertx = vertx;
        this.hall = hall;
        this.config = hall.view().config();
        this.store = store;
        this.stateBody = stateBody;
        this.worker = vertx.createSharedWorkerExecutor("onewindow-hall-desk", 1);
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
        return worker.executeBlocking(() -> query.run(hall, store), true);
    }

    /** A change outside the ticket events (a manager's stop of ticketing): run on the desk's thread, then the new state goes out. */
    public <T> Future<T> change(Query<T> change) {
        return worker.executeBlocking(() -> change.run(hall, store), true).andThen(done -> stateChanged());
    }

    public <T> Future<T> read(Function<Hall, T> read) {
        return worker.executeBlocking(() -> read.apply(hall), true);
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
     * its sink is committed and applied before the job decides the next.
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
        Optional<T> run(Hall hall, Consumer<HallEvent> commitAndApply);
    }

    private <T> Future<Optional<T>> run(Job<T> job) {
        List<Committed> committed = new ArrayList<>();
        Consumer<HallEvent> commitAndApply = event -> {
            commit(event);
            hall.apply(event);
            committed.add(new Committed(event, waiting()));
        };
        Future<Optional<T>> answer = worker.executeBlocking(() -> {
            tidy(hall, commitAndApply);
            return job.run(hall, commitAndApply);
        }, true);
        return answer.andThen(done -> {
            if (!committed.isEmpty()) {
                committed.forEach(c -> eventListeners.forEach(listener -> listener.accept(c.event, c.waiting)));
                stateChanged();
            }
        });
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

    /** Takes the state once the quiet period ends: changes in between are all in it. */
    private void stateChanged() {
        if (stateListeners.isEmpty() || !stateDue.compareAndSet(false, true)) {
            return;
        }
        vertx.setTimer(STATE_EVERY_MS, id -> worker.executeBlocking(() -> {
            stateDue.set(false);
            return stateBody.apply(hall);
        }, true).onSuccess(state -> stateListeners.forEach(listener -> listener.accept(state))));
    }

    private void commit(HallEvent event) {
        try {
            store.append(event);
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
        return worker.executeBlocking(() -> {
            store.close();
            return null;
        }, true).compose(v -> worker.close());
    }
}
