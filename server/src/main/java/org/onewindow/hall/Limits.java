package org.onewindow.hall;

/**
 * The hall file's optional {@code limits} section (CONTRACT §6).
 *
 * @param ticketsPerAddressPerMinute tickets one client address may take a minute without a device token
 */
public record Limits(int ticketsPerAddressPerMinute) {
    public static final int DEFAULT_TICKETS_PER_ADDRESS_PER_MINUTE = 6;
    public static final Limits DEFAULT = new Limits(DEFAULT_TICKETS_PER_ADDRESS_PER_MINUTE);
}
