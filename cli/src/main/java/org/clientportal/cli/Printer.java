package org.clientportal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Prints records and lists: aligned tables for people, the API's JSON or CSV for scripts. */
public final class Printer {

    /** Cells wider than this are cut with an ellipsis in tables (never in JSON or CSV). */
    static final int MAX_CELL = 60;

    private final PrintWriter out;
    private final PrintWriter err;

    public Printer(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    public void record(JsonNode record, List<Column> fields, OutputOptions options) {
        if (options.json) {
            out.println(Json.pretty(record));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Column field : fields) {
            rows.add(List.of(field.header() + ":", field.cell().apply(record)));
        }
        printAligned(rows);
    }

    public void list(Pager.Page page, List<Column> columns, ListOptions options) {
        if (options.json) {
            ObjectNode answer = Json.object();
            ArrayNode items = answer.putArray("items");
            page.items().forEach(items::add);
            answer.put("nextCursor", page.nextCursor());
            out.println(Json.pretty(answer));
        } else if (options.csv) {
            csv(page.items(), columns);
        } else {
            table(page.items(), columns);
            if (page.nextCursor() != null) {
                err.println("(more items: raise --limit to see them)");
            }
        }
    }

    public void line(String text) {
        out.println(text);
    }

    /** Items that are no page of the API (a project's milestones, a client's capacity periods), as a table. */
    public void table(List<JsonNode> items, List<Column> columns) {
        if (items.isEmpty()) {
            err.println("(none)");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(columns.stream().map(column -> heading(column.header())).toList());
        for (JsonNode item : items) {
            rows.add(columns.stream().map(column -> shortened(column.cell().apply(item))).toList());
        }
        printAligned(rows);
    }

    private void printAligned(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                line.append(cell);
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - width(cell) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private void csv(List<JsonNode> items, List<Column> columns) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(columns.stream().map(Column::header).toArray(String[]::new))
                .setRecordSeparator('\n')
                .get();
        try {
            CSVPrinter csv = new CSVPrinter(out, format);
            for (JsonNode item : items) {
                List<String> cells = new ArrayList<>();
                for (Column column : columns) {
                    cells.add(neutralised(column.cell().apply(item)));
                }
                csv.printRecord(cells);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A cell a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a carriage return)
     * gets a leading apostrophe, so a client's name can never run as code in whoever opens the file.
     */
    static String neutralised(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    /** One line, at most {@link #MAX_CELL} characters: a table row stays a row. */
    private static String shortened(String cell) {
        String flat = cell.replaceAll("[\\r\\n\\t]+", " ");
        if (flat.codePointCount(0, flat.length()) <= MAX_CELL) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, MAX_CELL - 1)) + "…";
    }

    /** A table's heading for a property: {@code taskKeyPrefix} becomes {@code TASK KEY PREFIX}. */
    private static String heading(String property) {
        return property.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toUpperCase(Locale.ROOT);
    }

    private static int width(String cell) {
        return cell.codePointCount(0, cell.length());
    }
}
