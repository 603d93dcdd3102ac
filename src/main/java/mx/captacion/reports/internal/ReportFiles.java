package mx.captacion.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import mx.captacion.reports.ReportTable;

/**
 * A {@link ReportTable} as a file. Both start with the caption, which states the cut-off, so a
 * file read on its own still says as of when its figures hold; then whose report it is, the
 * headers, the rows and the total row.
 */
public final class ReportFiles {

    public static final String CSV_TYPE = "text/csv;charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportFiles() {
    }

    /**
     * UTF-8 with a byte-order mark (so spreadsheet programs read the accents), numbers without
     * thousands separators (so they stay numbers), dates dd/MM/yyyy.
     */
    public static byte[] csv(ReportTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            writer.write('\uFEFF');
            csv.printRecord(table.caption());
            if (table.subject() != null) {
                csv.printRecord(table.subject());
            }
            csv.printRecord(table.headers());
            for (List<Object> row : table.rows()) {
                csv.printRecord(plain(row));
            }
            if (table.total() != null) {
                csv.printRecord(plain(table.total()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One sheet: caption and subject rows, a bold header row, typed cells (numbers, dates), a bold total row. */
    public static byte[] xlsx(ReportTable table) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(table.number() == null ? "Reporte" : "Tabla " + table.number());
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            CellStyle bold = book.createCellStyle();
            bold.setFont(boldFont);
            bold.setWrapText(true);
            CellStyle number = book.createCellStyle();
            number.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            CellStyle boldNumber = book.createCellStyle();
            boldNumber.cloneStyleFrom(number);
            boldNumber.setFont(boldFont);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));

            int r = 0;
            Row caption = sheet.createRow(r++);
            Cell captionCell = caption.createCell(0);
            captionCell.setCellValue(table.caption());
            captionCell.setCellStyle(bold);
            if (table.headers().size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, table.headers().size() - 1));
            }
            if (table.subject() != null) {
                sheet.createRow(r++).createCell(0).setCellValue(table.subject());
            }
            Row header = sheet.createRow(r++);
            for (int c = 0; c < table.headers().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(table.headers().get(c));
                cell.setCellStyle(bold);
            }
            for (List<Object> row : table.rows()) {
                write(sheet.createRow(r++), row, number, date, null);
            }
            if (table.total() != null) {
                write(sheet.createRow(r), table.total(), boldNumber, date, bold);
            }
            for (int c = 0; c < table.headers().size(); c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, table.headers().get(c).length() + 2)) * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<Object> cells, CellStyle number, CellStyle date, CellStyle text) {
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            Cell cell = row.createCell(c);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(number);
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else if (value != null) {
                cell.setCellValue(value.toString());
                if (text != null) {
                    cell.setCellStyle(text);
                }
            }
        }
    }

    private static List<String> plain(List<Object> row) {
        List<String> cells = new ArrayList<>();
        for (Object cell : row) {
            cells.add(cell instanceof Number || cell == null ? String.valueOf(cell == null ? "" : cell)
                    : ReportTable.text(cell));
        }
        return cells;
    }
}
