package org.onewindow.hub;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.onewindow.hall.HallConfig;
import org.onewindow.store.HallStore;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.HallEvent;

/**
 * Where every command meets the hall: one worker thread decides, commits to SQLite, applies, then
 * answers. Nothing else touches the {@link Hall} or the store, so they need no locks, and a caller
 * hears "done" only for a committed change.
 */
public final class HallDesk {
    /** A read of the hall and the store, run on the desk's thread. */
    public interface Query<T> {
        T run(Hall hall, HallStore store);
    }

    private final Hall hall;
    private final HallConfig config;
    private final HallStore store;
    private final WorkerExecutor worker;
    private final Function<Hall, JsonObject> stateBody;
    private final List<BiConsumer<HallEvent, JsonObject>> listeners = new ArrayList<>();
    private volatile boolean storeHealthy = true;

    /**
     * @param stateBody the hall.state body, taken on the desk's thread right after each commit
     */
    public HallDesk(Vertx vertx, Hall hall, HallStore store, Function<Hall, JsonObject> stateBody) {
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

    /** Listeners get each committed event and the hall state after it, in commit order, off the desk's thread. */
    public void onCommit(BiConsumer<HallEvent, JsonObject> listener) {
        listeners.add(listener);
    }

    public <T> Future<T> query(Query<T> query) {
        return worker.executeBlocking(() -> query.run(hall, store), true);
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
        Future<Outcome<T>> outcome = worker.executeBlocking(() -> {
            Optional<HallEvent> event = decide.apply(hall);
            if (event.isEmpty()) {
                return new Outcome<T>(null, null, Optional.empty());
            }
            commit(event.get());
            hall.apply(event.get());
            return new Outcome<>(event.get(), stateBody.apply(hall), Optional.ofNullable(answer.apply(hall, event.get())));
        }, true);
        return outcome.map(done -> {
            if (done.event != null) {
                listeners.forEach(listener -> listener.accept(done.event, done.state));
            }
            return done.answer;
        });
    }

    /**
     * Runs a job that may cause several events (the advisor's auto mode): each one the job hands to
     * its sink is committed and applied before the job decides the next.
     */
    public Future<List<HallEvent>> commands(BiConsumer<Hall, Consumer<HallEvent>> job) {
        Future<Outcome<List<HallEvent>>> outcome = worker.executeBlocking(() -> {
            List<HallEvent> events = new ArrayList<>();
            job.accept(hall, event -> {
                commit(event);
                hall.apply(event);
                events.add(event);
            });
            JsonObject state = events.isEmpty() ? null : stateBody.apply(hall);
            return new Outcome<>(null, state, Optional.of(events));
        }, true);
        return outcome.map(done -> {
            List<HallEvent> events = done.answer.orElseThrow();
            events.forEach(event -> listeners.forEach(listener -> listener.accept(event, done.state)));
            return events;
        });
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

    private record Outcome<T>(HallEvent event, JsonObject state, Optional<T> answer) {
    }
}
