package org.onewindow.store;

/**
 * The event log's newest row: its seq and its chain hash. Written down somewhere else (a log file, a
 * backup's notes), the hash pins the whole history up to that row; see {@code verify-log --head}.
 *
 * @param seq  the newest seq given out, 0 for an empty log
 * @param hash lower-case hex SHA-256, {@link EventChain#GENESIS} for an empty log
 */
public record LogHead(long seq, String hash) {
    static final LogHead EMPTY = new LogHead(0, EventChain.GENESIS);
}
