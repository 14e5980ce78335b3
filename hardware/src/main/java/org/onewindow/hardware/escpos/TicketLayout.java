package org.onewindow.hardware.escpos;

import java.util.ArrayList;
import java.util.List;

/**
 * A queue ticket as ESC/POS bytes for 58 or 80 mm paper. The number is the largest thing on it; the
 * materials list is cut to a few lines with a pointer to the QR page, which shows the whole list (a
 * ticket a metre long helps nobody).
 */
public final class TicketLayout {
    private final PaperWidth width;
    private final QrMode qr;

    public TicketLayout(PaperWidth width, QrMode qr) {
        this.width = width;
        this.qr = qr;
    }

    /** Most material lines a ticket prints before pointing to the QR page. */
    int materialLines() {
        return width == PaperWidth.MM58 ? 4 : 6;
    }

    public byte[] render(TicketPrint ticket) {
        EscPos p = new EscPos().initialize().align(EscPos.Align.CENTER);
        p.bold(true).line(fit(ticket.hallName(), width.columns())).bold(false);
        int big = width == PaperWidth.MM58 ? 3 : 4;
        p.size(big, big).bold(true).line(ticket.number()).bold(false).size(1, 1);
        p.size(1, 2).line(fit(ticket.matter(), width.columns())).size(1, 1);
        if (ticket.matterEn() != null) {
            p.line(fit(ticket.matterEn(), width.columns()));
        }
        p.align(EscPos.Align.LEFT);
        both(p, "前面还有 " + ticket.ahead() + " 人", ticket.ahead() + " ahead");
        if (ticket.waitMinutes() != null) {
            both(p, "预计等候约 " + ticket.waitMinutes() + " 分钟" + range(ticket), "about " + ticket.waitMinutes() + " min");
        }
        p.line(fit("取号时间 Time " + ticket.takenAt(), width.columns()));
        if (!ticket.materials().isEmpty()) {
            both(p, "请带齐材料", "Please bring:");
            materials(ticket.materials()).forEach(p::line);
        }
        p.align(EscPos.Align.CENTER);
        int moduleDots = width == PaperWidth.MM58 ? 4 : 6;
        if (qr == QrMode.NATIVE) {
            p.qrNative(ticket.trackUrl(), moduleDots);
        } else {
            RasterQr.write(p, ticket.trackUrl(), moduleDots, width.dots() * 3 / 4);
        }
        both(p, "扫码查看排队进度", "Scan to follow your turn");
        return p.feed(3).cut().toBytes();
    }

    /** Chinese and English on one line where they fit, else on two. */
    private void both(EscPos p, String zh, String en) {
        String one = zh + " / " + en;
        if (columns(one) <= width.columns()) {
            p.line(one);
        } else {
            p.line(fit(zh, width.columns())).line(fit(en, width.columns()));
        }
    }

    /** A test page for the manager's "打印测试页": proves text, the QR and the cutter. */
    public byte[] testPage(String printerId, String when) {
        EscPos p = new EscPos().initialize().align(EscPos.Align.CENTER);
        p.size(2, 2).line("测试页").size(1, 1).line("Test page");
        p.align(EscPos.Align.LEFT).line(fit("打印机 Printer: " + printerId, width.columns()))
                .line("纸宽 Paper: " + width.millimetres() + " mm")
                .line("二维码 QR: " + (qr == QrMode.NATIVE ? "native" : "raster")).line(fit("时间 Time: " + when, width.columns()));
        p.line("中文 GB18030: 一窗受理");
        p.align(EscPos.Align.CENTER);
        String payload = "onewindow:test-page:" + printerId;
        if (qr == QrMode.NATIVE) {
            p.qrNative(payload, 4);
        } else {
            RasterQr.write(p, payload, 4, width.dots() / 2);
        }
        return p.feed(3).cut().toBytes();
    }

    private static String range(TicketPrint ticket) {
        if (ticket.waitLow() == null || ticket.waitHigh() == null) {
            return "";
        }
        return "(" + ticket.waitLow() + "–" + ticket.waitHigh() + ")";
    }

    List<String> materials(List<String> all) {
        List<String> lines = new ArrayList<>();
        int shown = all.size() <= materialLines() ? all.size() : materialLines() - 1;
        for (int i = 0; i < shown; i++) {
            lines.add(fit((i + 1) + ". " + all.get(i), width.columns()));
        }
        if (shown < all.size()) {
            int more = all.size() - shown;
            lines.add(fit("…另 " + more + " 项见二维码 +" + more + " more: scan QR", width.columns()));
        }
        return lines;
    }

    /** The text cut to the columns a line holds, a Chinese character counting two, with "…" where it was cut. */
    static String fit(String text, int columns) {
        if (columns(text) <= columns) {
            return text;
        }
        StringBuilder fitted = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = wide(cp) ? 2 : 1;
            if (used + w > columns - 2) {
                break;
            }
            fitted.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return fitted.append('…').toString();
    }

    static int columns(String text) {
        return text.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    }

    private static boolean wide(int codePoint) {
        return codePoint >= 0x1100 && Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.LATIN
                || codePoint == '…';
    }
}
