package vn.eschool.portal.core.extract;

/** Every extraction thread is busy and the queue is full: the upload should be tried again shortly. */
public class ExtractionBusyException extends RuntimeException {

    public ExtractionBusyException() {
        super("Every extraction thread is busy");
    }
}
