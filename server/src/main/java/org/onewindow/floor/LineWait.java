package org.onewindow.floor;

import java.time.Instant;

/**
 * One service's line now.
 *
 * @param waiting      tickets waiting in it
 * @param oldestNumber the ticket that has waited longest, by its time of issue (a transfer keeps it)
 * @param oldestSince  when that ticket was issued
 * @param longest      one of the lines that wait longest: among the {@link LiveWindows#TOP_LINES} oldest,
 *                     and its oldest ticket has waited at least {@link LiveWindows#LONG_WAIT_MINUTES}
 */
public record LineWait(String service, int waiting, String oldestNumber, Instant oldestSince, boolean longest) {
}
