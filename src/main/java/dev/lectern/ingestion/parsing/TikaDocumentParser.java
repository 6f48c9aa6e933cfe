package dev.lectern.ingestion.parsing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * Parses documents with Apache Tika, and HTML, Markdown, CSV and text with readers of their own; each parse runs
 * on a thread of its own so that it can be abandoned when it runs past its time.
 */
@Component
class TikaDocumentParser implements DocumentParser, AutoCloseable {

    private final Detector detector;
    private final TikaExtraction tika;
    private final TextDocuments text;
    private final TesseractAvailability tesseract;
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("document-parser-", 0).factory());

    TikaDocumentParser(TesseractAvailability tesseract) {
        // building Tika's parsers and detectors is slow, and they are thread-safe: one set serves every parse
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.detector = config.getDetector();
        this.tika = new TikaExtraction(new AutoDetectParser(config));
        this.text = new TextDocuments(new TextDecoder(config.getEncodingDetector()));
        this.tesseract = tesseract;
    }

    @Override
    public ParsedDocument parse(Path file, String fileName, ParseLimits limits) throws ParseFailure {
        if (!Files.isReadable(file)) {
            // a missing file is the store's problem, not the document's: not a ParseFailure, which is final
            throw new UncheckedIOException(new NoSuchFileException(file.toString()));
        }
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        Future<ParsedDocument> parsing = workers.submit(() -> parseNow(file, fileName, limits, deadline));
        try {
            return parsing.get(limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            parsing.cancel(true); // the handler also stops the parse at its next event after the deadline
            throw FailureClassifier.timeout(limits);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ParseFailure failure) {
                throw failure;
            }
            throw FailureClassifier.classify(e.getCause(), "file", limits);
        } catch (InterruptedException e) {
            parsing.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while parsing " + fileName, e);
        }
    }

    private ParsedDocument parseNow(Path file, String fileName, ParseLimits limits, long deadline)
            throws ParseFailure, IOException {
        if (Files.size(file) == 0) {
            throw FailureClassifier.noText();
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            MediaType type = detector.detect(in, metadata);
            Format format = Format.of(type, fileName);
            String mediaType = format.mediaType(type);
            boolean ocr = tesseract.installed();
            try {
                return switch (format) {
                    case UNSUPPORTED -> throw FailureClassifier.unsupported(mediaType);
                    case PROTECTED -> throw FailureClassifier.passwordProtected();
                    case IMAGE -> {
                        if (!ocr) {
                            throw FailureClassifier.ocrNeeded();
                        }
                        yield tika.extract(in, metadata, format, mediaType, true, limits, deadline);
                    }
                    case HTML, MARKDOWN, CSV, TSV, PLAIN_TEXT -> {
                        // every four bytes decode to at least one character: a larger file cannot fit the limit
                        if (Files.size(file) / 4 > limits.maxCharacters()) {
                            throw FailureClassifier.tooLarge(limits);
                        }
                        yield text.read(Files.readAllBytes(file), format, mediaType, limits);
                    }
                    default -> tika.extract(in, metadata, format, mediaType, ocr, limits, deadline);
                };
            } catch (IOException | SAXException | TikaException | RuntimeException e) {
                throw FailureClassifier.classify(e, format.noun(mediaType), limits);
            }
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
