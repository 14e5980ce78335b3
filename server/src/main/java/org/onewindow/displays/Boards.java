package org.onewindow.displays;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the hall boards say of themselves: whether the browser lets them play sound. A board whose TV was
 * started without Chromium's autoplay flag shows every call but stays silent; the manager sees it here.
 * Boards are not paired (they read only public data), so this is a note, not a trusted device status.
 */
public final class Boards {
    /** A board reports every half minute; one not heard from for this long is offline. */
    public static final Duration OFFLINE_AFTER = Duration.ofSeconds(90);
    private static final int MAX_BOARDS = 200;
    private final Clock clock;
    private final Map<String, Report> reports = new ConcurrentHashMap<>();

    /** @param sound "on" or "blocked" */
    public record Report(String board, String sound, String address, Instant lastSeen) {
    }

    /** One board as the manager sees it. */
    public record Status(String board, String sound, String address, Instant lastSeen, boolean online) {
    }

    public Boards(Clock clock) {
        this.clock = clock;
    }

    public void report(String board, boolean soundBlocked, String address) {
        if (reports.size() >= MAX_BOARDS && !reports.containsKey(board)) {
            forgetOffline();
            if (reports.size() >= MAX_BOARDS) {
                return;
            }
        }
        reports.put(board, new Report(board, soundBlocked ? "blocked" : "on", address, clock.instant()));
    }

    public List<Status> statuses() {
        Instant now = clock.instant();
        List<Status> list = new ArrayList<>();
        for (Report r : reports.values()) {
            list.add(new Status(r.board(), r.sound(), r.address(), r.lastSeen(),
                    Duration.between(r.lastSeen(), now).compareTo(OFFLINE_AFTER) < 0));
        }
        list.sort(Comparator.comparing(Status::board));
        return list;
    }

    private void forgetOffline() {
        Instant now = clock.instant();
        reports.values().removeIf(r -> Duration.between(r.lastSeen(), now).compareTo(OFFLINE_AFTER.multipliedBy(10)) > 0);
    }
}
