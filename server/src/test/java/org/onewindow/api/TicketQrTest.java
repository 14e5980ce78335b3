package org.onewindow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.api.TicketApiTest.assertError;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.testing.TestHub;

/** The ticket's QR code, read back by a QR decoder, opens its live page. */
class TicketQrTest {
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+),(\\d+)h(\\d+)v1h-\\d+z");
    private static final int SCALE = 4;

    @TempDir
    Path dir;

    @Test
    void theQrCodeDecodesToTheTicketsTrackUrl() throws Exception {
        try (TestHub hub = TestHub.start(dir)) {
            JsonObject ticket = hub.issue("commerce");
            HttpResponse<Buffer> svg = hub.get("/api/v1/tickets/" + ticket.getString("id") + "/qr.svg?key=" + ticket.getString("key"));
            assertThat(svg.statusCode()).isEqualTo(200);
            assertThat(svg.getHeader("Content-Type")).isEqualTo("image/svg+xml");
            assertThat(decode(svg.bodyAsString())).isEqualTo(ticket.getString("trackUrl"));
            assertError(hub.get("/api/v1/tickets/nope/qr.svg?key=x"), 404, "UNKNOWN_TICKET");
            // The QR holds the key: without it, or with another ticket's, no image.
            assertError(hub.get("/api/v1/tickets/" + ticket.getString("id") + "/qr.svg"), 403, "BAD_TICKET_KEY");
            assertError(hub.get("/api/v1/tickets/" + ticket.getString("id") + "/qr.svg?key=" + hub.issue("commerce").getString("key")),
                    403, "BAD_TICKET_KEY");
        }
    }

    /** Paints the SVG's runs of dark modules into pixels and lets ZXing read them. */
    private static String decode(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        int width = Integer.parseInt(box.group(1)) * SCALE;
        int height = Integer.parseInt(box.group(2)) * SCALE;
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher run = RUN.matcher(svg);
        while (run.find()) {
            int x0 = Integer.parseInt(run.group(1)) * SCALE;
            int y0 = Integer.parseInt(run.group(2)) * SCALE;
            int length = Integer.parseInt(run.group(3)) * SCALE;
            for (int y = y0; y < y0 + SCALE; y++) {
                Arrays.fill(pixels, y * width + x0, y * width + x0 + length, 0xFF000000);
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels))))
                .getText();
    }
}
