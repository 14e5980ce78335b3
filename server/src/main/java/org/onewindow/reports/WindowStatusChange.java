package org.onewindow.reports;

import java.time.Instant;
import org.onewindow.tickets.CounterStatus;

/** A window's status after one logged event (opened, paused, closed, day ended, …). */
public record WindowStatusChange(String counter, Instant at, CounterStatus status) {
}
