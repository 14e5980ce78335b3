package org.onewindow.events;

/** Event-bus addresses that browsers and device agents may listen to (CONTRACT §4). */
public final class Addresses {
    /** Every call and recall: {ticket, number, service, counter, counterName, recall, at}. */
    public static final String HALL_CALLED = "hall.called";
    /** The body of GET /api/v1/hall, whenever it changes. */
    public static final String HALL_STATE = "hall.state";
    /**
     * A device's state changed or one of its jobs failed: {device, kind, status, fault, faultText, at, job?}
     * (a printer out of paper, back again). Carries no ticket key: only names and faults.
     */
    public static final String DEVICES_FAULT = "devices.fault";

    private Addresses() {
    }
}
