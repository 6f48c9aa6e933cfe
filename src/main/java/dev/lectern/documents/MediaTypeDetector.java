package dev.lectern.documents;

import dev.lectern.shared.LecternProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Recognises a file's type from its bytes (magic numbers, container contents); the name only breaks ties
 * that bytes cannot, such as Markdown against plain text.
 */
@Component
class MediaTypeDetector {

    /** Types Lectern ingests; password-protected Office containers are let through to fail with a clear reason. */
    private static final Set<String> SUPPORTED = Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/msword",
            "application/vnd.ms-powerpoint",
            "application/vnd.ms-excel",
            "application/vnd.ms-outlook",
            "application/x-tika-ooxml-protected",
            "application/x-tika-msoffice",
            "application/x-tika-ooxml",
            "application/rtf",
            "application/epub+zip",
            "application/xhtml+xml",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.presentation",
            "application/vnd.oasis.opendocument.spreadsheet",
            "message/rfc822",
            "image/png",
            "image/jpeg",
            "image/tiff");

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final MediaTypeRegistry registry = TikaConfig.getDefaultConfig().getMediaTypeRegistry();

    /** The media type of the file, or a 415 problem when Lectern cannot ingest it. */
    String detect(Path file, String fileName) {
        MediaType type = sniff(file, fileName);
        String base = type.getBaseType().toString();
        if (type.getType().equals("text") || SUPPORTED.contains(base)) {
            return base;
        }
        String what = base.equals("application/octet-stream") ? "could not be recognised" : "is " + base;
        throw new LecternProblem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-document-type",
                "Unsupported document type",
                "The type of '%s' %s, which Lectern cannot index. Supported: PDF, Word, PowerPoint, Excel,"
                                .formatted(fileName, what)
                        + " OpenDocument, RTF, EPUB, HTML, Markdown, text, CSV, e-mail (EML, MSG) and images.");
    }

    /**
     * The bytes decide; the name may only refine what they say (plain text into Markdown or CSV, a zip into
     * an Office format). A name alone never makes unknown bytes a PDF.
     */
    private MediaType sniff(Path file, String fileName) {
        MediaType fromBytes = sniffWith(file, null);
        if (fromBytes.equals(MediaType.OCTET_STREAM)) {
            return fromBytes;
        }
        MediaType hinted = sniffWith(file, fileName);
        boolean bothText =
                fromBytes.getType().equals("text") && hinted.getType().equals("text");
        return bothText || registry.isSpecializationOf(hinted, fromBytes) ? hinted : fromBytes;
    }

    private MediaType sniffWith(Path file, String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
