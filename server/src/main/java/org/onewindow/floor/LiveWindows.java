package org.onewindow.floor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.onewindow.hall.ServiceSpec;
import org.onewindow.tickets.Counter;
import org.onewindow.tickets.Hall;
import org.onewindow.tickets.Ticket;
import org.onewindow.tickets.TicketStatus;

/**
 * What the hall manager glances at to move a clerk: every window today (served, idle since, the visitor
 * at it, who holds it) and the lines that wait longest. Read from the hall's day in memory, so it costs no
 * database read and follows every change.
 *
 * @param activity whether anything happened today (a ticket issued or served): a quiet day says so
 * @param lines    services with someone waiting, the longest wait first
 */
public record LiveWindows(LocalDate day, Instant at, boolean activity, List<WindowNow> windows, List<LineWait> lines) {
    /** A line is highlighted once its oldest ticket has waited this long... */
    public static final long LONG_WAIT_MINUTES = 15;
    /** ...and it is among this many lines that wait longest (a manager moves one clerk at a time). */
    public static final int TOP_LINES = 3;
    /** A window free this long while a highlighted line it could serve waits is pointed out. */
    public static final long IDLE_MINUTES = 5;

    public LiveWindows {
        windows = List.copyOf(windows);
        lines = List.copyOf(lines);
    }

    /** Must run where the hall runs (the hall desk's thread): it reads the live day. */
    public static LiveWindows of(Hall hall) {
        Instant now = hall.view().now();
        ZoneId zone = hall.view().config().timezone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<LineWait> lines = lines(hall, now);
        Set<String> longest = lines.stream().filter(LineWait::longest).map(LineWait::service).collect(Collectors.toSet());

        Map<String, Integer> served = new HashMap<>();
        Map<String, Instant> lastCall = new HashMap<>();
        Map<String, Instant> lastFinish = new HashMap<>();
        boolean activity = false;
        for (Ticket ticket : hall.tickets()) {
            activity |= today.equals(ticket.day());
            if (ticket.counter() == null) {
                continue;
            }
            if (on(today, ticket.calledAt(), zone)) {
                lastCall.merge(ticket.counter(), ticket.calledAt(), LiveWindows::later);
            }
            if (on(today, ticket.completedAt(), zone)) {
                lastFinish.merge(ticket.counter(), ticket.completedAt(), LiveWindows::later);
                if (ticket.status() == TicketStatus.COMPLETED) {
                    served.merge(ticket.counter(), 1, Integer::sum);
                }
            }
        }

        List<WindowNow> windows = new ArrayList<>();
        for (Counter counter : hall.view().counters()) {
            Ticket current = counter.currentTicket() == null ? null : hall.view().ticket(counter.currentTicket()).orElse(null);
            Instant idleSince = null;
            List<String> couldTake = List.of();
            if (counter.isOpen() && current == null) {
                idleSince = later(later(hall.windowSince(counter.id()).orElse(null), lastCall.get(counter.id())),
                        lastFinish.get(counter.id()));
                if (idleSince != null && !idleSince.isAfter(now) && Duration.between(idleSince, now).toMinutes() >= IDLE_MINUTES) {
                    couldTake = lines.stream().map(LineWait::service)
                            .filter(s -> longest.contains(s) && counter.canServe(s)).toList();
                }
            }
            windows.add(new WindowNow(counter.id(), counter.status(), counter.staff(), served.getOrDefault(counter.id(), 0),
                    current == null ? null : current.number(), current == null ? null : current.calledAt(),
                    lastCall.get(counter.id()), idleSince, couldTake));
        }
        return new LiveWindows(today, now, activity || !served.isEmpty(), windows, lines);
    }

    private static List<LineWait> lines(Hall hall, Instant now) {
        List<LineWait> open = new ArrayList<>();
        for (ServiceSpec service : hall.view().config().services()) {
            Ticket oldest = hall.view().waiting(service.id()).stream()
                    .min(Comparator.comparing(Ticket::issuedAt).thenComparingLong(Ticket::order)).orElse(null);
            if (oldest != null) {
                open.add(new LineWait(service.id(), hall.view().waiting(service.id()).size(), oldest.number(), oldest.issuedAt(), false));
            }
        }
        open.sort(Comparator.comparing(LineWait::oldestSince));
        List<LineWait> ranked = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            LineWait line = open.get(i);
            boolean longest = i < TOP_LINES && Duration.between(line.oldestSince(), now).toMinutes() >= LONG_WAIT_MINUTES;
            ranked.add(new LineWait(line.service(), line.waiting(), line.oldestNumber(), line.oldestSince(), longest));
        }
        return ranked;
    }

    private static boolean on(LocalDate day, Instant at, ZoneId zone) {
        return at != null && day.equals(LocalDate.ofInstant(at, zone));
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
