package org.onewindow.reports.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Report tables as an XLSX workbook (Apache POI): one sheet per table, a bold frozen header row, typed cells. */
public final class XlsxFile {
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxFile() {
    }

    public static byte[] write(List<Table> tables) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Map<Table.Kind, CellStyle> styles = styles(book);
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            for (Table table : tables) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
                Row head = sheet.createRow(0);
                for (int c = 0; c < table.columns().size(); c++) {
                    Cell cell = head.createCell(c);
                    cell.setCellValue(table.columns().get(c).title());
                    cell.setCellStyle(header);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> cells = table.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        write(row.createCell(c), cells.get(c), styles.get(table.columns().get(c).kind()));
                    }
                }
                sheet.createFreezePane(0, 1);
                for (int c = 0; c < table.columns().size(); c++) {
                    sheet.setColumnWidth(c, Math.min(60, Math.max(10, width(table, c) + 2)) * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Cell cell, Object value, CellStyle style) {
        if (value == null) {
            return; // an empty cell: nothing to measure
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(style);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static Map<Table.Kind, CellStyle> styles(Workbook book) {
        Map<Table.Kind, CellStyle> styles = new EnumMap<>(Table.Kind.class);
        String[] formats = {"@", "0", "0.0", "0.0%"};
        for (Table.Kind kind : Table.Kind.values()) {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(formats[kind.ordinal()]));
            styles.put(kind, style);
        }
        return styles;
    }

    /** Characters of the widest cell, counting a CJK character as two. */
    private static int width(Table table, int column) {
        int widest = display(table.columns().get(column).title());
        for (List<Object> row : table.rows()) {
            Object v = row.get(column);
            widest = Math.max(widest, v == null ? 0 : display(v.toString()));
        }
        return widest;
    }

    private static int display(String text) {
        return text.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
    }
}
