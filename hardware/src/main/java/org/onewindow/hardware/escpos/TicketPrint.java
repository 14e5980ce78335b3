package org.onewindow.hardware.escpos;

import java.util.List;

/**
 * What a printed queue ticket says, already in words: the hub and the agent fill it from a ticket.
 *
 * @param hallName      the hall's name (Chinese; the ticket is for the hall's visitors)
 * @param number        the ticket number, e.g. A001
 * @param matter        the matter in Chinese
 * @param matterEn      the matter in English, or null
 * @param ahead         people ahead
 * @param waitMinutes   estimated wait, or null when unknown
 * @param waitLow       low end of the estimate's range, or null
 * @param waitHigh      high end of the estimate's range, or null
 * @param takenAt       when the ticket was taken, as printed ("2026-11-26 10:00")
 * @param materials     the one-time materials list (一次性告知), possibly empty
 * @param trackUrl      the live page the QR opens (it carries the ticket's key)
 */
public record TicketPrint(String hallName, String number, String matter, String matterEn, int ahead, Integer waitMinutes,
                          Integer waitLow, Integer waitHigh, String takenAt, List<String> materials, String trackUrl) {
    public TicketPrint {
        materials = materials == null ? List.of() : List.copyOf(materials);
    }
}
