package vn.eschool.portal.app;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu Html Checker (the W3C's HTML validator) in process: the errors of one HTML document. */
final class HtmlValidity {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private HtmlValidity() {
    }

    static List<String> errors(String html) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings (e.g. advice on redundant attributes) are not errors
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, collect);
        validator.setUpValidatorAndParsers(collect, false, false);
        validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        return errors;
    }
}
