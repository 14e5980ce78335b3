/**
 * Devices around the hub: ESC/POS ticket printers (a driver that produces bytes, a transport over
 * TCP 9100 or a USB printer device, a status reader), GPIO buttons, rating pads, caller keypads,
 * LEDs and paper sensors through Pi4J, the device agent that connects them to the hub's event bus,
 * and simulators for all of them.
 *
 * <p>The module holds only this description so far: the printer and GPIO issues fill it.
 */
package org.onewindow.hardware;
