package vn.eschool.portal.core.extract;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;

/** The portal's one {@link ContentExtractor}: its parse threads live as long as the application. */
@ApplicationScoped
public class ExtractionService {

    private ContentExtractor extractor;

    @PostConstruct
    void open() {
        extractor = new ContentExtractor(ExtractionLimits.defaults());
    }

    @PreDestroy
    void close() {
        extractor.close();
    }

    /** @throws ExtractionBusyException every extraction thread is busy and the queue full */
    public Extraction extract(Path file, String filename) throws RefusedFileException {
        return extractor.extract(file, filename);
    }

    public int running() {
        return extractor.running();
    }

    public int waiting() {
        return extractor.waiting();
    }
}
