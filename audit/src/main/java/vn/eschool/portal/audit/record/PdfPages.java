package vn.eschool.portal.audit.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A top-to-bottom writer of A4 pages with PDFBox: paragraphs and tables whose cells wrap, a new page when the
 * next line does not fit. The text is drawn in DejaVu Sans (bundled, subset-embedded), NFC-normalised so that
 * every Vietnamese letter is one precomposed glyph and reads back as typed.
 */
final class PdfPages implements AutoCloseable {

    enum Align { LEFT, CENTER, RIGHT }

    /** A column of a table: its share of the text width and its alignment. */
    record Column(float width, Align align) {
    }

    static final float MARGIN = 50;
    private static final float LEADING = 1.35f;
    private static final float CELL_PADDING = 3;
    /** At the table's 8.5 pt, 40 lines take about 460 pt: a row never outgrows a page. */
    static final int MAX_CELL_LINES = 40;

    private final PDDocument document;
    final PDType0Font regular;
    final PDType0Font bold;
    private PDPageContentStream content;
    private float y;

    PdfPages(PDDocument document) {
        this.document = document;
        this.regular = font(document, "/fonts/DejaVuSans.ttf");
        this.bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
        newPage();
    }

    private static PDType0Font font(PDDocument document, String resource) {
        try (InputStream in = PdfPages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the audit module");
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    void space(float points) {
        y -= points;
    }

    /** A paragraph wrapped to the text width. */
    void paragraph(String text, PDType0Font font, float size, Align align) {
        for (String line : wrap(text, font, size, width())) {
            ensure(size * LEADING);
            y -= size * LEADING;
            draw(line, font, size, MARGIN, width(), align);
        }
    }

    /** Blocks side by side (header and signature columns), each its own lines; the tallest sets the height. */
    void columns(List<List<String>> blocks, List<Boolean> boldLines, float size) {
        float columnWidth = width() / blocks.size();
        int lines = blocks.stream().mapToInt(List::size).max().orElse(0);
        ensure(lines * size * LEADING);
        for (int line = 0; line < lines; line++) {
            y -= size * LEADING;
            for (int b = 0; b < blocks.size(); b++) {
                List<String> block = blocks.get(b);
                if (line < block.size()) {
                    PDType0Font font = line < boldLines.size() && boldLines.get(line) ? bold : regular;
                    draw(block.get(line), font, size, MARGIN + b * columnWidth, columnWidth, Align.CENTER);
                }
            }
        }
    }

    /** A bordered table with a bold header row, repeated on each page it spans. */
    void table(List<Column> columns, List<String> header, List<List<String>> rows, float size) {
        float total = (float) columns.stream().mapToDouble(Column::width).sum();
        List<Float> widths = columns.stream().map(c -> c.width() / total * width()).toList();
        space(size * 0.4f);
        row(columns, widths, header, bold, size);
        for (List<String> row : rows) {
            if (rowHeight(widths, row, regular, size) > y - MARGIN) {
                newPage();
                row(columns, widths, header, bold, size);
            }
            row(columns, widths, row, regular, size);
        }
    }

    private void row(List<Column> columns, List<Float> widths, List<String> cells, PDType0Font font, float size) {
        float height = rowHeight(widths, cells, font, size);
        ensure(height);
        float top = y;
        float x = MARGIN;
        for (int c = 0; c < cells.size(); c++) {
            float cellWidth = widths.get(c);
            float lineY = top - CELL_PADDING;
            for (String line : cellLines(cells.get(c), font, size, cellWidth - 2 * CELL_PADDING)) {
                lineY -= size * LEADING;
                y = lineY;
                draw(line, font, size, x + CELL_PADDING, cellWidth - 2 * CELL_PADDING, columns.get(c).align());
            }
            x += cellWidth;
        }
        y = top - height;
        try {
            content.addRect(MARGIN, y, width(), height);
            float border = MARGIN;
            for (int c = 0; c < widths.size() - 1; c++) {
                border += widths.get(c);
                content.moveTo(border, y);
                content.lineTo(border, top);
            }
            content.setLineWidth(0.5f);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float rowHeight(List<Float> widths, List<String> cells, PDType0Font font, float size) {
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            lines = Math.max(lines, cellLines(cells.get(c), font, size, widths.get(c) - 2 * CELL_PADDING).size());
        }
        return lines * size * LEADING + 2 * CELL_PADDING + size * 0.3f;
    }

    /** A cell's lines, cut with an ellipsis past {@link #MAX_CELL_LINES} so that every row fits on one page. */
    static List<String> cellLines(String text, PDType0Font font, float size, float available) {
        List<String> lines = wrap(text, font, size, available);
        if (lines.size() <= MAX_CELL_LINES) {
            return lines;
        }
        List<String> cut = new ArrayList<>(lines.subList(0, MAX_CELL_LINES - 1));
        cut.add("…");
        return cut;
    }

    private void ensure(float height) {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(String line, PDType0Font font, float size, float x, float available, Align align) {
        try {
            float lineWidth = width(line, font, size);
            float offset = switch (align) {
                case LEFT -> 0;
                case CENTER -> (available - lineWidth) / 2;
                case RIGHT -> available - lineWidth;
            };
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x + Math.max(0, offset), y);
            content.showText(line);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Printable NFC text: control characters (tabs, stray line breaks) become spaces. */
    static String clean(String text) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        return nfc.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ").replaceAll(" {2,}", " ").strip();
    }

    /** Greedy word wrap; a word longer than the width is cut. Never returns an empty list. */
    static List<String> wrap(String text, PDType0Font font, float size, float available) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean(text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= available) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > available && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > available) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    static float width(String text, PDType0Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
