package org.onewindow.tickets;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.routing.RoutingPolicy;
import org.onewindow.routing.WaitEstimate;
import org.onewindow.routing.WaitEstimator;
import org.onewindow.tickets.HallEvent.Kind;

/**
 * The hall's day: every command is decided here against the current state and returns the event
 * it would cause, without changing anything; {@link #apply(HallEvent)} then makes it so. The caller
 * commits the event in between, so an answered command is always a stored one.
 *
 * <p>Not thread-safe by design: one thread runs commands one after another.
 */
public final class Hall {
    private final HallState state;
    private final Clock clock;
    private final RoutingPolicy routing;
    private final WaitEstimator estimator;
    private final Supplier<String> ticketIds;
    private final Supplier<String> ticketKeys;
    /** Matters a manager stopped ticketing for; restored from the event log. */
    private final Set<String> stopped = new java.util.TreeSet<>();
    /** Tickets of services the hall file no longer has come only from restoring: looked for once after it. */
    private boolean servicesChecked;
    private final List<Staged> staged = new ArrayList<>();
    private final WindowSince windowSince = new WindowSince();

    public Hall(HallConfig config, Clock clock, RoutingPolicy routing, WaitEstimator estimator,
                Supplier<String> ticketIds) {
        this(config, clock, routing, estimator, ticketIds, new TicketKeys());
    }

    public Hall(HallConfig config, Clock clock, RoutingPolicy routing, WaitEstimator estimator,
                Supplier<String> ticketIds, Supplier<String> ticketKeys) {
        this.state = new HallState(config, clock);
        this.clock = clock;
        this.routing = routing;
        this.estimator = estimator;
        this.ticketIds = ticketIds;
        this.ticketKeys = ticketKeys;
        for (CounterSpec spec : config.counters()) {
            state.putCounter(new Counter(spec.id(), CounterStatus.CLOSED, spec.profile(), spec.skills(), null, null, null));
        }
        windowSince.restore(state.counters(), Map.of());
    }

    /**
     * Rebuilds the day from stored tickets and windows, under the hall file as it is now: windows it
     * no longer has are dropped, skills come from the file, and a stored profile keeps only services
     * the file still has (else the file's profile).
     *
     * @param lastDay the hall day of the last stored event, or null for a new database
     */
    public void restore(Collection<Ticket> tickets, Collection<Counter> counters, LocalDate lastDay) {
        for (Counter stored : counters) {
            state.config().counter(stored.id()).ifPresent(spec -> state.putCounter(underFile(stored, spec)));
        }
        tickets.stream().sorted((a, b) -> Long.compare(a.order(), b.order())).forEach(state::put);
        if (lastDay != null) {
            state.restoreDay(lastDay);
        }
        servicesChecked = false;
        Map<String, Instant> lastSeen = new HashMap<>();
        for (Ticket ticket : state.tickets()) {
            for (Instant at : new Instant[] {ticket.calledAt(), ticket.completedAt()}) {
                if (ticket.counter() != null && at != null) {
                    lastSeen.merge(ticket.counter(), at, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        windowSince.restore(state.counters(), lastSeen);
    }

    /**
     * When each window last took its status today, from the event log of a restarted hub; the latest of
     * these and of the calls and finishes at it is when it has been as it is since.
     */
    public void restoreWindowTimes(Map<String, Instant> statusTaken) {
        windowSince.restore(state.counters(), statusTaken);
    }

    /**
     * Since when the window has been as it is now (its status and the visitor at it): for an open window
     * with nobody at it, when it became free. Empty when no event of this hub's memory says.
     */
    public Optional<Instant> windowSince(String counterId) {
        return windowSince.of(counterId);
    }

    private Counter underFile(Counter stored, CounterSpec spec) {
        Set<String> profile = new LinkedHashSet<>();
        for (String service : stored.profile()) {
            if (Counter.ALL.equals(service) || state.config().service(service).isPresent()) {
                profile.add(service);
            }
        }
        return new Counter(stored.id(), stored.status(), profile.isEmpty() ? spec.profile() : profile, spec.skills(),
                stored.currentTicket(), stored.lastTicket(), stored.staff());
    }

    /**
     * The hall's own chores due now, each an event to commit and apply before the next: a new day
     * (earlier tickets end, windows close) and tickets of services the hall file no longer has. The day's
     * end costs nothing until it is due; removed services are looked for only until none are left after a
     * restore (the hall file is read once, at start, and nothing issues tickets for unknown services), so a
     * command never walks the whole day.
     */
    public Optional<HallEvent> housekeeping() {
        Optional<HallEvent> dayEnd = Housekeeping.dayEnd(state, clock.instant());
        if (dayEnd.isPresent() || servicesChecked) {
            return dayEnd;
        }
        Optional<HallEvent> removed = Housekeeping.removedServices(state, clock.instant());
        servicesChecked = removed.isEmpty();
        return removed;
    }

    public void apply(HallEvent event) {
        state.apply(event);
        estimator.observe(event, state);
        windowSince.observe(event);
    }

    /**
     * Applies an event whose commit is not yet known (group commit): the next command is decided against a
     * day that includes it, and it can still be taken back with {@link #unstage}. The estimator learns
     * from it only once {@link #settle} says it is committed.
     */
    public void stage(HallEvent event) {
        staged.add(new Staged(event, state.applyUndoably(event)));
    }

    /** How many events are staged: a mark to {@link #unstage} back to. */
    public int staged() {
        return staged.size();
    }

    /** Takes back the events staged after the mark, newest first: a command that failed half-way, or a failed commit. */
    public void unstage(int mark) {
        while (staged.size() > mark) {
            state.undo(staged.remove(staged.size() - 1).undo());
        }
    }

    /** The staged events are committed: they stay, and the estimator learns from them. */
    public void settle() {
        for (Staged done : staged) {
            estimator.observe(done.event(), state);
            windowSince.observe(done.event());
        }
        staged.clear();
    }

    private record Staged(HallEvent event, HallState.Undo undo) {
    }

    public HallView view() {
        return state;
    }

    /** The hall's clock: safe to read from any thread (the hub reads the time for reports beside the desk). */
    public Clock clock() {
        return clock;
    }

    /** The hall's wait estimator: the hub drives its forecasts (see {@code LearnedEstimator#playInBackground}). */
    public WaitEstimator estimator() {
        return estimator;
    }

    public WaitEstimate estimate(Ticket ticket) {
        return estimator.estimate(ticket, state);
    }

    /** Whether the hall issues tickets now (its timetable; an empty one means around the clock). */
    public boolean isOpen() {
        return state.config().hours().isOpen(clock.instant().atZone(state.config().timezone()));
    }

    /** A manager stops or restarts ticketing for a matter: decided here, applied by {@link #apply(TicketingChange)}. */
    public TicketingChange ticketing(String serviceId, boolean stop, String actor) {
        ServiceSpec service = state.config().service(serviceId)
                .orElseThrow(() -> new HallException(Refusal.UNKNOWN_SERVICE, "no service '" + serviceId + "'"));
        return new TicketingChange(stop ? TicketingChange.Kind.SERVICE_STOPPED : TicketingChange.Kind.SERVICE_RESUMED,
                clock.instant(), actor, service.id());
    }

    public void apply(TicketingChange change) {
        if (change.stops()) {
            stopped.add(change.service());
        } else {
            stopped.remove(change.service());
        }
    }

    /** Whether a manager has stopped ticketing for this matter. */
    public boolean stopped(String serviceId) {
        return stopped.contains(serviceId);
    }

    /** Whether an open window serves this matter now; if none does, a new ticket waits for a window to open. */
    public boolean served(String serviceId) {
        return state.counters().stream().anyMatch(c -> c.isOpen() && c.canServe(serviceId));
    }

    /** Whether a ticket for this service can be taken now: the hall is open and today's quota is not used up. */
    public boolean accepts(ServiceSpec service) {
        return isOpen() && !stopped.contains(service.id()) && service.quota().stream().allMatch(q -> issuedToday(service) < q);
    }

    public int issuedToday(ServiceSpec service) {
        return state.issuedToday(service.prefix(), LocalDate.ofInstant(clock.instant(), state.config().timezone()));
    }

    public HallEvent issue(String serviceId, Priority priority, Channel channel, String language) {
        ServiceSpec service = state.config().service(serviceId)
                .orElseThrow(() -> new HallException(Refusal.UNKNOWN_SERVICE, "no service '" + serviceId + "'"));
        Instant now = clock.instant();
        if (!isOpen()) {
            throw new HallException(Refusal.SERVICE_CLOSED, "the hall is not issuing tickets for '" + serviceId + "' now");
        }
        if (stopped.contains(serviceId)) {
            throw new HallException(Refusal.SERVICE_CLOSED, "a manager has stopped ticketing for '" + serviceId + "'");
        }
        LocalDate today = LocalDate.ofInstant(now, state.config().timezone());
        int issued = state.issuedToday(service.prefix(), today);
        if (service.quota().isPresent() && issued >= service.quota().getAsInt()) {
            throw new HallException(Refusal.QUOTA_EXHAUSTED,
                    "today's " + service.quota().getAsInt() + " tickets for '" + serviceId + "' are all issued");
        }
        Ticket draft = new Ticket(ticketIds.get(), today, TicketNumber.format(service.prefix(), issued + 1), serviceId,
                priority, channel, language, TicketStatus.WAITING, state.nextOrder(), null, null, now, null, null,
                0, 0, false, ticketKeys.get());
        double minutes = estimator.estimate(draft, state).minutes();
        Ticket ticket = new Ticket(draft.id(), draft.day(), draft.number(), serviceId, priority, channel, language,
                TicketStatus.WAITING, draft.order(), null, null, now, null, null, 0, minutes, false, draft.key());
        return new HallEvent(Kind.TICKET_ISSUED, now, channel.wire(), List.of(ticket), List.of(), null);
    }

    /**
     * The window calls its next ticket, first completing the one it is serving. Empty when the window
     * had nothing to finish and nothing waits for it.
     */
    public Optional<HallEvent> call(String counterId, String actor) {
        Counter counter = held(counterId, actor);
        if (!counter.isOpen()) {
            throw new HallException(Refusal.COUNTER_NOT_OPEN, "window " + counterId + " is " + counter.status().wire());
        }
        Instant now = clock.instant();
        List<Ticket> changed = new ArrayList<>();
        if (counter.currentTicket() != null) {
            Ticket current = currentOf(counter);
            changed.add(current.finished(TicketStatus.COMPLETED, now));
            counter = counter.done(current.id());
        }
        Optional<Ticket> next = routing.next(counter, state);
        if (next.isEmpty()) {
            return changed.isEmpty() ? Optional.empty()
                    : Optional.of(new HallEvent(Kind.TICKET_COMPLETED, now, actor, changed, List.of(counter), null));
        }
        Ticket chosen = next.get();
        if (!chosen.isWaiting() || !counter.canServe(chosen.service())) {
            throw new IllegalStateException(routing.name() + " chose " + chosen.number() + " for window " + counterId);
        }
        changed.add(chosen.calledBy(counterId, now));
        return Optional.of(new HallEvent(Kind.TICKET_CALLED, now, actor, changed, List.of(counter.serving(chosen.id())), null));
    }

    public HallEvent recall(String counterId, String actor) {
        Counter counter = held(counterId, actor);
        Ticket current = currentOf(counter);
        return new HallEvent(Kind.TICKET_RECALLED, clock.instant(), actor, List.of(current.recalled()), List.of(counter), null);
    }

    public HallEvent complete(String counterId, String actor) {
        return finish(counterId, actor, TicketStatus.COMPLETED, Kind.TICKET_COMPLETED);
    }

    public HallEvent noShow(String counterId, String actor) {
        return finish(counterId, actor, TicketStatus.NO_SHOW, Kind.TICKET_NO_SHOW);
    }

    private HallEvent finish(String counterId, String actor, TicketStatus end, Kind kind) {
        Counter counter = held(counterId, actor);
        Ticket current = currentOf(counter);
        Instant now = clock.instant();
        return new HallEvent(kind, now, actor, List.of(current.finished(end, now)), List.of(counter.done(current.id())), null);
    }

    /** Sends the current ticket back to waiting, for another service or one window; it keeps its number and place. */
    public HallEvent transfer(String counterId, String toService, String toCounter, String actor) {
        Counter counter = held(counterId, actor);
        Ticket current = currentOf(counter);
        if ((toService == null) == (toCounter == null)) {
            throw new HallException(Refusal.BAD_REQUEST, "transfer to either a service or a counter");
        }
        String service = current.service();
        if (toService != null) {
            service = state.config().service(toService).map(ServiceSpec::id)
                    .orElseThrow(() -> new HallException(Refusal.UNKNOWN_SERVICE, "no service '" + toService + "'"));
        } else if (!counter(toCounter).canServe(service)) {
            // Routing hands a ticket bound to a window to that window only; one it cannot serve would stall it.
            throw new HallException(Refusal.OUTSIDE_SKILLS, "window " + toCounter + " does not serve '" + service + "'");
        } else if (!counter(toCounter).isOpen()) {
            throw new HallException(Refusal.COUNTER_NOT_OPEN, "window " + toCounter + " is " + counter(toCounter).status().wire()
                    + "; the visitor would wait for nobody");
        }
        Ticket moved = current.transferred(service, toCounter);
        return new HallEvent(Kind.TICKET_TRANSFERRED, clock.instant(), actor, List.of(moved), List.of(counter.serving(null)), null);
    }

    /** Cancels a waiting ticket for its visitor: the key's holder or staff. */
    public HallEvent cancel(String ticketId, Proof proof) {
        Ticket ticket = ticket(ticketId);
        if (proof instanceof Proof.Pad || !entitles(proof, ticket)) {
            throw new HallException(Refusal.BAD_TICKET_KEY, "cancelling ticket " + ticket.number() + " needs its key");
        }
        if (!ticket.isWaiting()) {
            throw new HallException(Refusal.NOT_WAITING, "ticket " + ticket.number() + " is " + ticket.status().wire());
        }
        Instant now = clock.instant();
        return new HallEvent(Kind.TICKET_CANCELLED, now, proof.actor(), List.of(ticket.finished(TicketStatus.CANCELLED, now)), List.of(), null);
    }

    /**
     * Records the visitor's rating: from whoever holds the ticket's key, or from the pad of the window
     * that served it while its prompt is open ({@link RatingPrompt}). Staff cannot rate for a visitor.
     */
    public HallEvent rate(String ticketId, Proof proof, int score, List<String> tags, String comment) {
        Ticket ticket = ticket(ticketId);
        if (proof instanceof Proof.Staff || !entitles(proof, ticket)) {
            throw new HallException(Refusal.BAD_TICKET_KEY, "rating ticket " + ticket.number()
                    + " needs its key, or the rating pad of the window that served it");
        }
        if (ticket.status() != TicketStatus.COMPLETED) {
            throw new HallException(Refusal.NOT_SERVED, "ticket " + ticket.number() + " has not been served");
        }
        if (ticket.rated()) {
            throw new HallException(Refusal.ALREADY_RATED, "ticket " + ticket.number() + " is already rated");
        }
        if (score < 1 || score > 5) {
            throw new HallException(Refusal.BAD_REQUEST, "score must be 1 to 5");
        }
        if (proof instanceof Proof.Pad pad && RatingPrompt.of(counter(pad.counterId()), state)
                .filter(open -> open.ticket().id().equals(ticket.id())).isEmpty()) {
            throw new HallException(Refusal.RATING_CLOSED, "the pad of window " + pad.counterId()
                    + " no longer asks about ticket " + ticket.number() + ": the visitor has left the window");
        }
        Instant now = clock.instant();
        Rating rating = new Rating(ticket.id(), ticket.service(), ticket.counter(), score, tags, comment, now);
        return new HallEvent(Kind.TICKET_RATED, now, proof.actor(), List.of(ticket.markRated()), List.of(), rating);
    }

    /** The key matches; staff are trusted; a pad speaks only for tickets its own window served. */
    private static boolean entitles(Proof proof, Ticket ticket) {
        if (proof instanceof Proof.Key key) {
            return ticket.opensWith(key.key());
        }
        if (proof instanceof Proof.Pad pad) {
            return pad.counterId().equals(ticket.counter());
        }
        return proof instanceof Proof.Staff;
    }

    /** The ticket the window's rating pad may ask about now, if any. */
    public Optional<RatingPrompt.Open> ratingPrompt(String counterId) {
        return RatingPrompt.of(counter(counterId), state);
    }

    /** Opens, pauses or closes a window: opening or pausing one nobody holds takes it; closing frees it. */
    public HallEvent setStatus(String counterId, CounterStatus status, String staffId) {
        Counter counter = held(counterId, staffId);
        Kind kind = switch (status) {
            case OPEN -> Kind.COUNTER_OPENED;
            case PAUSED -> Kind.COUNTER_PAUSED;
            case CLOSED -> Kind.COUNTER_CLOSED;
        };
        if (status == CounterStatus.CLOSED && counter.currentTicket() != null) {
            throw new HallException(Refusal.TICKET_IN_SERVICE, "window " + counterId + " is serving "
                    + ticket(counter.currentTicket()).number() + ": complete, mark no-show or transfer it first");
        }
        String staff = status == CounterStatus.CLOSED ? null : staffId;
        return new HallEvent(kind, clock.instant(), staffId, List.of(), List.of(counter.withStatus(status, staff)), null);
    }

    /** A manager takes a window over from whoever holds it (the caller has checked the role); see {@link Holding}. */
    public HallEvent takeOver(String counterId, String manager) {
        return Holding.takeOver(state.config(), counter(counterId), manager, clock.instant());
    }

    /** Frees the windows a staff member holds as they sign out; empty when they hold none. */
    public Optional<HallEvent> signOut(String staffId) {
        return Holding.signOut(state.counters(), staffId, clock.instant());
    }

    /**
     * A new profile for a window, within what its staff are trained for (the hall file's skills). A
     * manager's call: never refused for the window's hold.
     */
    public HallEvent changeProfile(String counterId, Collection<String> services, String actor) {
        Counter counter = counter(counterId);
        Set<String> profile = new LinkedHashSet<>();
        for (String service : services) {
            if (!Counter.ALL.equals(service) && state.config().service(service).isEmpty()) {
                throw new HallException(Refusal.UNKNOWN_SERVICE, "no service '" + service + "'");
            }
            if (!Counter.ALL.equals(service) && !counter.skills().contains(Counter.ALL) && !counter.skills().contains(service)) {
                throw new HallException(Refusal.OUTSIDE_SKILLS, "the staff of window " + counterId + " are not trained for '"
                        + service + "' (skills in the hall file)");
            }
            profile.add(service);
        }
        if (profile.isEmpty() || (profile.contains(Counter.ALL) && profile.size() > 1)) {
            throw new HallException(Refusal.BAD_REQUEST, "a profile is a list of services, or [\"*\"] alone");
        }
        if (profile.contains(Counter.ALL) && !counter.skills().contains(Counter.ALL)) {
            throw new HallException(Refusal.OUTSIDE_SKILLS, "the staff of window " + counterId + " are not trained for every matter");
        }
        return new HallEvent(Kind.PROFILE_CHANGED, clock.instant(), actor, List.of(), List.of(counter.withProfile(profile)), null);
    }

    public Ticket ticket(String ticketId) {
        return state.ticket(ticketId)
                .orElseThrow(() -> new HallException(Refusal.UNKNOWN_TICKET, "no ticket '" + ticketId + "'"));
    }

    public Counter counter(String counterId) {
        return state.counter(counterId)
                .orElseThrow(() -> new HallException(Refusal.UNKNOWN_COUNTER, "no window '" + counterId + "'"));
    }

    private Counter held(String counterId, String actor) {
        return Holding.check(state.config(), counter(counterId), actor);
    }

    private Ticket currentOf(Counter counter) {
        if (counter.currentTicket() == null) {
            throw new HallException(Refusal.NO_CURRENT_TICKET, "window " + counter.id() + " is not serving a ticket");
        }
        return ticket(counter.currentTicket());
    }

    /** Every ticket of today and every unfinished one: for reports and the manager console. */
    public Collection<Ticket> tickets() {
        return state.tickets();
    }
}
