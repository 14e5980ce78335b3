package org.onewindow.hardware.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Tickets decoded back from their bytes: what a visitor would read and scan. */
class TicketLayoutTest {
    static final String TRACK = "http://192.168.1.10:8080/t/01HXTICKET?key=Zk3_q9LmN0pQrStUvWxYz1";

    static TicketPrint ticket(List<String> materials) {
        return new TicketPrint("示例区政务服务中心", "A007", "企业开办", "Business registration", 3, 15, 10, 25,
                "2026-11-26 10:00", materials, TRACK);
    }

    @ParameterizedTest(name = "{0} mm, {1} QR")
    @CsvSource({"58, NATIVE", "58, RASTER", "80, NATIVE", "80, RASTER"})
    void aPrintedTicketReadsBackWithItsNumberMatterWaitAndQr(int mm, QrMode mode) {
        byte[] bytes = new TicketLayout(PaperWidth.ofMillimetres(mm), mode).render(ticket(List.of("设立登记申请书", "身份证原件")));
        Printout printed = EscPosDecoder.decode(bytes);

        assertThat(printed.startsWithInit()).isTrue();
        assertThat(printed.biggestLine()).isEqualTo("A007");
        assertThat(printed.text()).contains("示例区政务服务中心", "企业开办", "前面还有 3 人", "预计等候约 15 分钟(10–25)", "about 15 min",
                "2026-11-26 10:00", "1. 设立登记申请书", "2. 身份证原件");
        assertThat(printed.qrCodes()).containsExactly(TRACK);
        assertThat(printed.rasterImages()).isEqualTo(mode == QrMode.RASTER ? 1 : 0);
        assertThat(printed.cuts()).isEqualTo(1);
        assertThat(bytes[bytes.length - 4]).as("the cut is the last command").isEqualTo((byte) 0x1D);
    }

    @ParameterizedTest(name = "{0} mm")
    @CsvSource({"58", "80"})
    void noLineIsWiderThanThePaper(int mm) {
        PaperWidth width = PaperWidth.ofMillimetres(mm);
        String longItem = "不动产权属证书或者其他能够证明不动产权属的材料原件及复印件（需加盖公章）";
        Printout printed = EscPosDecoder.decode(new TicketLayout(width, QrMode.NATIVE).render(ticket(List.of(longItem))));
        assertThat(printed.lines()).filteredOn(line -> !line.equals("A007"))
                .allSatisfy(line -> assertThat(TicketLayout.columns(line)).isLessThanOrEqualTo(width.columns()));
        assertThat(printed.text()).contains("1. 不动产权属证书").contains("…");
    }

    @Test
    void aLongMaterialsListIsShortenedWithAPointerToTheQrPage() {
        List<String> ten = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(i -> "材料" + i).toList();
        Printout printed = EscPosDecoder.decode(new TicketLayout(PaperWidth.MM58, QrMode.NATIVE).render(ticket(ten)));
        assertThat(printed.text()).contains("1. 材料1", "3. 材料3", "…另 7 项见二维码").doesNotContain("材料4\n");
        assertThat(printed.lines()).noneMatch(line -> line.contains("材料4"));
    }

    @Test
    void textIsGb18030() {
        byte[] bytes = new EscPos().initialize().line("一窗").toBytes();
        assertThat(bytes).containsSubsequence(new byte[] {(byte) 0xD2, (byte) 0xBB, (byte) 0xB4, (byte) 0xB0});
    }

    @Test
    void aTicketWithoutAnEstimateSaysNothingOfTheWait() {
        TicketPrint bare = new TicketPrint("大厅", "B001", "税务", null, 0, null, null, null, "2026-11-26 10:00", List.of(), TRACK);
        Printout printed = EscPosDecoder.decode(new TicketLayout(PaperWidth.MM80, QrMode.RASTER).render(bare));
        assertThat(printed.text()).contains("前面还有 0 人").doesNotContain("预计等候").doesNotContain("请带齐材料");
        assertThat(printed.qrCodes()).containsExactly(TRACK);
    }

    @Test
    void theTestPagePrintsItsQrAndCuts() {
        Printout printed = EscPosDecoder.decode(new TicketLayout(PaperWidth.MM58, QrMode.RASTER).testPage("p1", "10:00"));
        assertThat(printed.text()).contains("测试页", "p1");
        assertThat(printed.qrCodes()).containsExactly("onewindow:test-page:p1");
        assertThat(printed.cuts()).isEqualTo(1);
    }
}
