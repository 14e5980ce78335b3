package org.onewindow.devices.printing;

import org.onewindow.testing.TestHub;

/** The test hall with printer p1 at a given address, shared by kiosks k1 and k2. */
public final class PrintingHall {
    private PrintingHall() {
    }

    public static String yaml(String printerUri, int width, String qr) {
        String kiosks = "devices:\n  kiosks:\n    - {id: k1, name: {zh: 大厅取号机, en: Hall kiosk}}\n";
        String hall = TestHub.hallYaml();
        if (!hall.contains(kiosks)) {
            throw new IllegalStateException("the test hall's devices section changed: update PrintingHall");
        }
        return hall.replace(kiosks, "devices:\n"
                + "  printers:\n"
                + "    - {id: p1, uri: \"" + printerUri + "\", width: " + width + ", qr: " + qr + "}\n"
                + "  kiosks:\n"
                + "    - {id: k1, name: {zh: 大厅取号机, en: Hall kiosk}, printer: p1}\n"
                + "    - {id: k2, name: {zh: 二楼取号机, en: Upstairs kiosk}, printer: p1}\n");
    }
}
