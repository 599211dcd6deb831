package vn.eschool.portal.layer2.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.eschool.portal.core.rest.PortalException;

/**
 * A list saved as XLSX, first sheet, read with POI's streaming SAX API so the sheet is never held as
 * a workbook in memory. POI's own guards stay on: zip-bomb ratio limits and XML parsers without external
 * entities. Formula cells give their cached value: nothing is evaluated.
 */
final class XlsxSheet {

    private XlsxSheet() {
    }

    static <C extends Enum<C> & SheetColumn> List<SheetRow<C>> read(InputStream in, SheetLayout<C> layout) {
        SheetCollector<C> collector = new SheetCollector<>(layout);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(in);
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                            reader.getSharedStringsTable(), new Rows(collector), new IsoDateFormatter(), false));
                    parser.parse(new InputSource(sheet));
                }
            }
        } catch (PortalException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getException() instanceof PortalException stop) {
                throw stop;
            }
            throw unreadable(e);
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            // POI reports a damaged or hostile file with unchecked exceptions as well as checked ones.
            throw unreadable(e);
        } finally {
            if (pkg != null) {
                // Opened for reading only: revert, as close() would try to save the package.
                pkg.revert();
            }
        }
        return collector.rows();
    }

    private static PortalException unreadable(Exception cause) {
        return PortalException.badRequest("unreadable-file",
                "Không đọc được tệp Excel (.xlsx): " + cause.getMessage(),
                "The Excel (.xlsx) file cannot be read: " + cause.getMessage());
    }

    /** Gathers the cells of each row by column index; rows arrive in order, missing cells are skipped. */
    private static final class Rows implements SheetContentsHandler {

        private final SheetCollector<?> collector;
        private Map<Integer, String> cells = new HashMap<>();
        private int nextColumn;

        Rows(SheetCollector<?> collector) {
            this.collector = collector;
        }

        @Override
        public void startRow(int rowIndex) {
            cells = new HashMap<>();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowIndex) {
            collector.row(rowIndex + 1, cells);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            if (formattedValue != null) {
                cells.put(column, formattedValue);
            }
        }
    }

    /** Date cells as ISO dates whatever their display format (m/d/yy on an English Excel, say). */
    private static final class IsoDateFormatter extends DataFormatter {

        IsoDateFormatter() {
            super(Locale.US);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
