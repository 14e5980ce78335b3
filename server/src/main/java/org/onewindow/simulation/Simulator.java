package org.onewindow.simulation;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.routing.RoutingPolicy;
import org.onewindow.routing.WaitEstimate;
import org.onewindow.routing.WaitEstimator;
import org.onewindow.tickets.Channel;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.CounterStatus;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.Proof;
import org.onewindow.tickets.HallEvent;
import org.onewindow.tickets.Ticket;

/**
 * Runs a workload event by event in simulated time through the hub's own {@link Hall}, routing
 * policy and wait estimator: visitors take tickets, free windows call, serve, complete or mark
 * no-shows, exactly as commands in the live hub do (decide, then apply). No store is involved.
 *
 * <p>Free windows are asked in order of how long they have been idle, after every event, the way
 * staff with nothing to do press "call next" as soon as there is something to call.
 */
public final class Simulator {
    private static final String ACTOR = "simulator";
    /** Marks a run with the advisor in auto mode in tables ("balanced+auto"). */
    public static final String AUTO_SUFFIX = "+auto";

    private final Workload workload;
    private final Timeline timeline;
    private final Visitors visitors;
    private final Observer observer;

    /** Sees every applied event; tests use it to check the run's invariants. */
    public interface Observer {
        Observer NONE = (event, hall) -> { };

        void applied(HallEvent event, Hall hall);
    }

    public Simulator(Workload workload, Timeline timeline, Visitors visitors, Observer observer) {
        this.workload = workload;
        this.timeline = timeline;
        this.visitors = visitors;
        this.observer = observer;
    }

    public Simulator(Workload workload) {
        this(workload, Timeline.of(workload), null, Observer.NONE);
    }

    private enum Kind { SPAN_OPEN, SHIFT_OPEN, FINISH, ARRIVE, LOOK, SHIFT_CLOSE, SPAN_CLOSE }

    private record Step(Instant at, Kind kind, long seq, String counter, Visitor visitor) {
        static final Comparator<Step> ORDER = Comparator.comparing(Step::at).thenComparing(Step::kind)
                .thenComparingLong(Step::seq);
    }

    /** A window's simulated staff: what it is doing and what it has done. */
    private static final class Desk {
        final String id;
        boolean open;
        boolean leaving;
        Instant openSince;
        Instant idleSince;
        Visitor serving;
        double openMinutes;
        double busyMinutes;
        int served;
        int outsideProfile;

        Desk(String id) {
            this.id = id;
        }
    }

    public RunResult run(RoutingPolicy policy, WaitEstimator estimator, PrintStream progress) {
        return run(policy, estimator, progress, Map.of(), null);
    }

    /**
     * @param profiles windows whose profile differs from the hall file's from the start (a what-if);
     *                 a window serving outside its hall-file profile takes {@code backupSlowdown} longer
     * @param advisor  the advisor in auto mode, or null for none
     */
    public RunResult run(RoutingPolicy policy, WaitEstimator estimator, PrintStream progress,
                         Map<String, Set<String>> profiles, AutoAdvisor advisor) {
        Visitors drawn = visitors != null ? visitors : Visitors.draw(workload, timeline);
        return new Run(policy, estimator, drawn, progress, profiles, advisor).play();
    }

    private final class Run {
        final PriorityQueue<Step> steps = new PriorityQueue<>(Step.ORDER);
        final Map<String, Desk> desks = new LinkedHashMap<>();
        final Map<String, Visitor> waitingVisitors = new HashMap<>();
        final Map<String, double[]> serviceWaits = new LinkedHashMap<>();
        final List<Double> waits = new ArrayList<>();
        final RoutingPolicy policy;
        final SimulatedClock clock;
        final Hall hall;
        final PrintStream progress;
        final AutoAdvisor advisor;
        long seq;
        long ticketIds;
        boolean draining;
        double etaErrorSum;
        /** The range each waiting ticket was given at issue, and how many calls fell in theirs. */
        final Map<String, double[]> rangeAtIssue = new HashMap<>();
        int rangeHits;
        /** Tickets told at issue they would wait (not called at once), and how many of those fell in their range. */
        int toldToWait;
        int toldToWaitHits;
        int unserved;
        int spansDone;

        Run(RoutingPolicy policy, WaitEstimator estimator, Visitors drawn, PrintStream progress,
            Map<String, Set<String>> profiles, AutoAdvisor advisor) {
            this.policy = policy;
            this.progress = progress;
            this.advisor = advisor;
            this.clock = new SimulatedClock(timeline.spans().get(0).open(), workload.hall().timezone());
            this.hall = new Hall(workload.hall(), clock, policy, estimator, () -> "t" + (++ticketIds));
            for (CounterSpec spec : workload.hall().counters()) {
                desks.put(spec.id(), new Desk(spec.id()));
            }
            for (ServiceSpec service : workload.hall().services()) {
                serviceWaits.put(service.id(), new double[2]);
            }
            profiles.forEach((counter, profile) -> apply(hall.changeProfile(counter, profile, ACTOR)));
            timeline.spans().forEach(s -> {
                add(s.open(), Kind.SPAN_OPEN, null, null);
                add(s.close(), Kind.SPAN_CLOSE, null, null);
                if (advisor != null) {
                    for (Instant at = s.open(); at.isBefore(s.close()); at = at.plus(AutoAdvisor.LOOK_EVERY)) {
                        add(at, Kind.LOOK, null, null);
                    }
                }
            });
            for (Timeline.Shift shift : timeline.shifts()) {
                add(shift.open(), Kind.SHIFT_OPEN, shift.counter(), null);
                if (!shift.drains()) {
                    add(shift.close(), Kind.SHIFT_CLOSE, shift.counter(), null);
                }
            }
            drawn.arrived().forEach(v -> add(v.at(), Kind.ARRIVE, null, v));
        }

        void add(Instant at, Kind kind, String counter, Visitor visitor) {
            steps.add(new Step(at, kind, seq++, counter, visitor));
        }

        void apply(HallEvent event) {
            hall.apply(event);
            observer.applied(event, hall);
        }

        RunResult play() {
            while (!steps.isEmpty()) {
                Step step = steps.poll();
                clock.set(step.at());
                switch (step.kind()) {
                    case SPAN_OPEN -> draining = false;
                    case SHIFT_OPEN -> open(desks.get(step.counter()));
                    case ARRIVE -> arrive(step.visitor());
                    case LOOK -> advisor.look(hall, this::apply);
                    case FINISH -> finish(desks.get(step.counter()));
                    case SHIFT_CLOSE -> leave(desks.get(step.counter()));
                    case SPAN_CLOSE -> closeSpan();
                }
                callFromIdleWindows();
                if (draining) {
                    drain();
                }
            }
            desks.values().stream().filter(d -> d.open).forEach(this::close);
            return result();
        }

        void open(Desk desk) {
            if (desk.open) {
                desk.leaving = false;
                return;
            }
            apply(hall.setStatus(desk.id, CounterStatus.OPEN, ACTOR));
            desk.open = true;
            desk.leaving = false;
            desk.openSince = clock.instant();
            desk.idleSince = clock.instant();
        }

        void close(Desk desk) {
            apply(hall.setStatus(desk.id, CounterStatus.CLOSED, ACTOR));
            desk.open = false;
            desk.openMinutes += minutesSince(desk.openSince);
        }

        void leave(Desk desk) {
            desk.leaving = true;
            if (desk.open && desk.serving == null) {
                close(desk);
            }
        }

        void arrive(Visitor visitor) {
            HallEvent issued = hall.issue(visitor.service(), visitor.priority(), Channel.KIOSK, "zh");
            // Asked before the ticket is in the hall: the range the visitor is shown at issue.
            WaitEstimate told = hall.estimate(issued.ticket());
            rangeAtIssue.put(issued.ticket().id(), new double[] {told.low(), told.high()});
            apply(issued);
            waitingVisitors.put(issued.ticket().id(), visitor);
        }

        void finish(Desk desk) {
            HallEvent done = desk.serving.noShow() ? hall.noShow(desk.id, ACTOR) : hall.complete(desk.id, ACTOR);
            apply(done);
            desk.serving = null;
            desk.idleSince = clock.instant();
            desk.served++;
            if (desk.leaving) {
                close(desk);
            }
        }

        void closeSpan() {
            draining = true;
            spansDone++;
            if (progress != null && (spansDone % 10 == 0 || spansDone == timeline.spans().size())) {
                progress.printf("%s: %d/%d days, %d tickets%n", policy.name(),
                        timeline.spans().size() == 1 ? timeline.dates().size() : spansDone,
                        timeline.dates().size(), ticketIds);
            }
        }

        void callFromIdleWindows() {
            List<Desk> idle = new ArrayList<>();
            for (Desk desk : desks.values()) {
                if (desk.open && !desk.leaving && desk.serving == null) {
                    idle.add(desk);
                }
            }
            idle.sort(Comparator.comparing((Desk d) -> d.idleSince));
            for (Desk desk : idle) {
                if (waitingVisitors.isEmpty()) {
                    return;
                }
                Optional<HallEvent> called = hall.call(desk.id, ACTOR);
                if (called.isPresent()) {
                    apply(called.get());
                    serve(desk, called.get().ticket());
                }
            }
        }

        void serve(Desk desk, Ticket ticket) {
            Visitor visitor = waitingVisitors.remove(ticket.id());
            double wait = Duration.between(ticket.issuedAt(), ticket.calledAt()).toNanos() / 60e9;
            waits.add(wait);
            double[] tally = serviceWaits.get(visitor.service());
            tally[0] += wait;
            tally[1]++;
            etaErrorSum += Math.abs(ticket.estimateMinutes() - wait);
            double[] range = rangeAtIssue.remove(ticket.id());
            // Shown in whole minutes ("about 15–25 min"): a wait within those counts as in the range.
            boolean hit = range != null && wait >= Math.floor(range[0]) && wait <= Math.ceil(range[1]);
            rangeHits += hit ? 1 : 0;
            if (ticket.estimateMinutes() > 0) {
                toldToWait++;
                toldToWaitHits += hit ? 1 : 0;
            }
            boolean outside = !home(desk.id).contains(ticket.service()) && !home(desk.id).contains(Counter.ALL);
            desk.outsideProfile += outside ? 1 : 0;
            double hold = visitor.holdMinutes(workload.noShow(), outside ? workload.backupSlowdown() : 1.0);
            desk.serving = visitor;
            desk.busyMinutes += hold;
            add(clock.instant().plusNanos((long) (hold * 60e9)), Kind.FINISH, desk.id, null);
        }

        /** After the hall closes, windows serve everyone still waiting, then go home. */
        void drain() {
            boolean busy = desks.values().stream().anyMatch(d -> d.serving != null);
            if (!waitingVisitors.isEmpty() && !busy) {
                for (String ticketId : List.copyOf(waitingVisitors.keySet())) {
                    apply(hall.cancel(ticketId, new Proof.Staff(ACTOR)));
                    unserved++;
                }
                waitingVisitors.clear();
            }
            if (waitingVisitors.isEmpty()) {
                desks.values().stream().filter(d -> d.open && d.serving == null).forEach(this::close);
            }
        }

        /** The window's profile in the hall file: its staff's own work, served at full speed. */
        Set<String> home(String counterId) {
            return workload.hall().counter(counterId).orElseThrow().profile();
        }

        double minutesSince(Instant since) {
            return Duration.between(since, clock.instant()).toNanos() / 60e9;
        }

        RunResult result() {
            Map<String, Double> byService = new LinkedHashMap<>();
            serviceWaits.forEach((service, tally) -> byService.put(service, tally[1] == 0 ? 0 : tally[0] / tally[1]));
            List<RunResult.WindowFigures> windows = desks.values().stream()
                    .map(d -> new RunResult.WindowFigures(d.id, d.served, d.outsideProfile,
                            d.openMinutes == 0 ? 0 : d.busyMinutes / d.openMinutes))
                    .toList();
            double[] all = waits.stream().mapToDouble(Double::doubleValue).toArray();
            double eta = all.length == 0 ? 0 : etaErrorSum / all.length;
            String name = advisor == null ? policy.name() : policy.name() + AUTO_SUFFIX;
            double hits = all.length == 0 ? 0 : rangeHits / (double) all.length;
            double waitedHits = toldToWait == 0 ? 0 : toldToWaitHits / (double) toldToWait;
            return new RunResult(name, WaitFigures.of(all), byService, windows, eta, unserved, hits, waitedHits);
        }
    }
}
