package nl.kennisveiligheid.platform.api;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes every CSV file the product hands out (exports, downloads), one way: RFC 4180 with a header row, and every text
 * cell that a spreadsheet would run as a formula neutralised as OWASP advises: a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe ({@code '=1+2}), so it shows as text.
 * Numbers, dates and other values are written as they are. {@link CsvUpload#parse} takes the apostrophe off again, so
 * an export imports unchanged.
 */
public final class CsvDownload implements Closeable, Flushable {

    private final CSVPrinter printer;

    private CsvDownload(Writer out, String... header) {
        try {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV with this header row, written to {@code out}. */
    public static CsvDownload to(Writer out, String... header) {
        return new CsvDownload(out, header);
    }

    /** One row; {@code null} is an empty cell. */
    public void row(Object... cells) {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cell(cells[i]);
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell as written: text neutralised, {@code null} empty, anything else as it is. */
    public static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof CharSequence text) {
            return isFormula(text.toString()) ? "'" + text : text.toString();
        }
        return value;
    }

    /** Starts a CSV download on a servlet response: UTF-8 text, saved under {@code fileName}. */
    public static void start(jakarta.servlet.http.HttpServletResponse response, String fileName) {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    /**
     * The address of a CSV download that repeats a table's filters as its query (the given ones, URL-encoded), e.g.
     * {@code /app/units/register/export.csv?status=CLOSED}: a plain link the user can save and open again.
     */
    public static String href(String path, java.util.Map<String, Object> filters) {
        StringBuilder href = new StringBuilder(path);
        String separator = "?";
        for (java.util.Map.Entry<String, Object> filter : filters.entrySet()) {
            if (filter.getValue() != null) {
                href.append(separator).append(filter.getKey()).append('=')
                        .append(java.net.URLEncoder.encode(String.valueOf(filter.getValue()), java.nio.charset.StandardCharsets.UTF_8));
                separator = "&";
            }
        }
        return href.toString();
    }

    /** Whether a spreadsheet would take this text as a formula (OWASP's list of starting characters). */
    public static boolean isFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** A cell as read back: the apostrophe that neutralised a formula taken off ({@code '=1+2} → {@code =1+2}). */
    public static String restored(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && isFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
