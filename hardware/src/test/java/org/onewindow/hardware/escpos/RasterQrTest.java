package org.onewindow.hardware.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every raster QR code reads back as its payload: the payload is a ticket's tracking address with a random
 * key, so a code that only some keys draw legibly would fail now and then on a kiosk's printer.
 */
class RasterQrTest {
    @Test
    void everyTrackingAddressDrawnAsARasterReadsBack() {
        Random random = new Random(20261202);
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            byte[] key = new byte[16];
            random.nextBytes(key);
            String payload = "http://127.0.0.1:" + (30000 + random.nextInt(30000)) + "/t/t" + random.nextInt(1_000_000)
                    + "?key=" + Base64.getUrlEncoder().withoutPadding().encodeToString(key);
            for (int moduleDots : new int[] {4, 6, 8}) {
                for (int maxDots : new int[] {PaperWidth.MM58.dots(), PaperWidth.MM80.dots()}) {
                    if (!readBack(payload, moduleDots, maxDots).equals(List.of(payload))) {
                        unread.add(moduleDots + "/" + maxDots + " dots: " + payload);
                    }
                }
            }
        }
        assertThat(unread).as(unread.size() + " of 3,600 unread").isEmpty();
    }

    private static List<String> readBack(String payload, int moduleDots, int maxDots) {
        EscPos escPos = new EscPos();
        RasterQr.write(escPos, payload, moduleDots, maxDots);
        try {
            return EscPosDecoder.decode(escPos.toBytes()).qrCodes();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
