package org.onewindow.hall;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The hall file's {@code devices} section (CONTRACT §6): what may pair with the hub. Boards and window
 * displays read only public data and are not declared.
 */
public record DeviceSpecs(List<Printer> printers, List<Device> kiosks, List<Device> pads, List<Device> agents) {
    public static final DeviceSpecs NONE = new DeviceSpecs(List.of(), List.of(), List.of(), List.of());

    public DeviceSpecs {
        printers = List.copyOf(printers);
        kiosks = List.copyOf(kiosks);
        pads = List.copyOf(pads);
        agents = List.copyOf(agents);
    }

    /** How a printer prints the ticket's QR code: its own {@code GS ( k} symbol, or a raster image. */
    public enum QrMode { NATIVE, RASTER }

    /** A network ESC/POS printer the hub drives itself. */
    public record Printer(String id, String uri, int width, QrMode qr) {
    }

    /**
     * A kiosk, rating pad or device agent.
     *
     * @param counter the window it belongs to (pads and agents), or null
     * @param printer the printer it prints on (kiosks), or null
     */
    public record Device(String id, String kind, LocalText name, String counter, String printer) {
    }

    /** Every pairable device, kiosks first. */
    public Stream<Device> pairable() {
        return Stream.of(kiosks, pads, agents).flatMap(List::stream);
    }

    public Optional<Device> device(String id) {
        return pairable().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<Printer> printer(String id) {
        return printers.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
