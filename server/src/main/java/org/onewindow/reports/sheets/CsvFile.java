package org.onewindow.reports.sheets;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Report tables as one CSV file: UTF-8 with a byte-order mark (so Excel on a Chinese Windows reads it as
 * UTF-8), CRLF lines, each table as its name on a line, its header row, its rows, then a blank line.
 * Numbers are plain (fractions as 0.1234, not percent) so that a spreadsheet reads them as numbers.
 */
public final class CsvFile {
    public static final String CONTENT_TYPE = "text/csv; charset=utf-8";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvFile() {
    }

    public static byte[] write(List<Table> tables) {
        StringBuilder text = new StringBuilder();
        for (Table table : tables) {
            line(text, List.of(table.name()));
            line(text, table.columns().stream().map(Table.Column::title).map(Object.class::cast).toList());
            table.rows().forEach(row -> line(text, row));
            text.append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder text, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : String.format(Locale.ROOT, "%s", d);
        }
        String s = value.toString();
        // Quote what would break the line, and text a spreadsheet would run as a formula.
        boolean formula = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number);
        if (formula) {
            s = "'" + s;
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") || formula
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
