package org.onewindow.reports.sheets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One table of a report download: a sheet of an XLSX, a block of a CSV. Cells are typed by their column:
 * text, whole counts, minutes (one decimal) or fractions (shown as percent); null is an empty cell.
 */
public record Table(String name, List<Column> columns, List<List<Object>> rows) {
    public enum Kind { TEXT, COUNT, MINUTES, FRACTION }

    public record Column(String title, Kind kind) {
    }

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new ArrayList<>(row))).toList();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": a row of " + row.size() + " cells under " + columns.size() + " columns");
            }
        }
    }

    /** Builds a table row by row. */
    static final class Builder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        Builder column(String title, Kind kind) {
            columns.add(new Column(title, kind));
            return this;
        }

        Builder row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        Table build() {
            return new Table(name, columns, rows);
        }
    }
}
