package mx.captacion.reports;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import mx.captacion.platform.Cutoffs;

/**
 * Any report as a table, the one shape every output renders: CSV and XLSX downloads
 * ({@code internal.ReportFiles}), the portal's HTML ({@code fragments/report-table :: table}) and the
 * nota informativa. Cells are {@link String}, {@link Number} or {@link LocalDate}; a renderer
 * formats them (Spanish: {@code 38,254}, {@code 20/01/2023}) or keeps them typed (XLSX).
 *
 * @param number   the seed's table number ("2"), or null for tables the seed lacks
 * @param title    the caption without number and cut-off, e.g. "Reporte de recepción por día"
 * @param subject  whose report it is, e.g. "Humanismo Mexicano A.C. (F230617000000021)"
 * @param cutoff   the instant every figure is computed as of
 * @param headers  one per column
 * @param rows     each as wide as {@code headers}
 * @param total    the total row, as wide as {@code headers}; null when the table has none
 * @param fileName the downloads' name without extension, e.g. "recepcion-por-dia_F2306…_corte-2023-01-20-0007"
 */
public record ReportTable(String number, String title, String subject, Instant cutoff, List<String> headers,
                          List<List<Object>> rows, List<Object> total, String fileName) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter FILE_CUTOFF = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    public ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(row -> (List<Object>) new ArrayList<>(row)).toList();
        total = total == null ? null : new ArrayList<>(total);
    }

    /** "8. Reporte de recepción por día (corte 20/01/2023 00:07 hrs.)", as the seed captions its tables. */
    public String caption() {
        return (number == null ? "" : number + ". ") + title + " (corte " + cutoffText() + ")";
    }

    /** "20/01/2023 00:07 hrs." (central Mexico). */
    public String cutoffText() {
        return Cutoffs.toText(cutoff);
    }

    /** Whether the column holds numbers (right-aligned, summed in the total row). */
    public boolean numeric(int column) {
        for (List<Object> row : rows) {
            if (row.get(column) != null) {
                return row.get(column) instanceof Number;
            }
        }
        return total != null && total.get(column) instanceof Number;
    }

    /** {@link #text(Object)} for templates, which reach instance methods only. */
    public String cell(Object value) {
        return text(value);
    }

    /** A cell as people read it: 38,254 · 20/01/2023 · text; empty for null. */
    public static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double || cell instanceof Float) {
            return new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.US)).format(cell);
        }
        if (cell instanceof Number) {
            return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)).format(cell);
        }
        if (cell instanceof LocalDate day) {
            return DAY.format(day);
        }
        return cell.toString();
    }

    /** A download's name: the report's slug, whose it is, and the cut-off (central Mexico). */
    public static String fileName(String slug, String owner, Instant cutoff) {
        String safeOwner = owner.replaceAll("[^A-Za-z0-9-]", "");
        return slug + "_" + safeOwner + "_corte-" + FILE_CUTOFF.format(cutoff.atZone(Cutoffs.ZONE));
    }
}
