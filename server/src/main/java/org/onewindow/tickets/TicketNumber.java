package org.onewindow.tickets;

/** Ticket numbers: the service prefix and a daily sequence, at least three digits (A001, A002, … A1000). */
public final class TicketNumber {
    private TicketNumber() {
    }

    public static String format(String prefix, int sequence) {
        return prefix + String.format("%03d", sequence);
    }

    public static String prefixOf(String number) {
        int i = 0;
        while (i < number.length() && !Character.isDigit(number.charAt(i))) {
            i++;
        }
        return number.substring(0, i);
    }

    public static int sequenceOf(String number) {
        return Integer.parseInt(number.substring(prefixOf(number).length()));
    }
}
