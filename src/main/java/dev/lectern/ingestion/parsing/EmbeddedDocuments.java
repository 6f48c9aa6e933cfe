package dev.lectern.ingestion.parsing;

import dev.lectern.ingestion.parsing.ParsedDocument.Attachment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Decides what becomes of files inside a document: an e-mail's attachments are kept as files of their own,
 * thumbnails are skipped, pictures are skipped or, in Word and PowerPoint files with OCR on, read by Tesseract
 * (a bounded number, neither icons nor huge ones), and other embedded documents are read in place down to a depth.
 */
final class EmbeddedDocuments implements EmbeddedDocumentExtractor {

    private static final Set<String> NOT_CONTENT = Set.of("THUMBNAIL", "RENDERING", "MACRO", "FONT", "METADATA");
    private static final Pattern PICTURE_NAME =
            Pattern.compile(".*\\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp|pict?)$", Pattern.CASE_INSENSITIVE);

    private final ParsingEmbeddedDocumentExtractor inline;
    private final XhtmlBlockHandler handler;
    private final boolean email;
    private final ParseLimits limits;
    /** The most pictures of one document read by OCR, at about a second each. */
    static final int MAX_PICTURES = 20;
    /** Smaller pictures are icons, bullets and lines, with nothing to read. */
    static final int MIN_PICTURE_BYTES = 4_096;
    /** Larger pictures are photographs, slow to read for little text. */
    static final int MAX_PICTURE_BYTES = 10_000_000;

    private final List<Attachment> attachments = new ArrayList<>();
    private final boolean readPictures;
    private int depth;
    private int picturesRead;

    /**
     * @param email whether named parts are attachments to keep rather than content to read
     * @param readPictures whether pictures are read with OCR
     */
    EmbeddedDocuments(
            ParseContext context, XhtmlBlockHandler handler, boolean email, boolean readPictures, ParseLimits limits) {
        this.inline = new ParsingEmbeddedDocumentExtractor(context);
        this.inline.setWriteFileNameToContent(false);
        this.handler = handler;
        this.email = email;
        this.readPictures = readPictures;
        this.limits = limits;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        String resourceType = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE);
        if (resourceType != null && NOT_CONTENT.contains(resourceType)) {
            return false;
        }
        if (email && isAttachment(metadata)) {
            return attachments.size() < limits.maxAttachments();
        }
        if (isPicture(metadata)) {
            // OCR of every logo and screenshot costs much and adds noise: only where pictures often carry text
            return readPictures && picturesRead < MAX_PICTURES;
        }
        // an e-mail's own body parts arrive as unnamed embedded parts
        return (email && depth == 0) || depth < limits.maxEmbeddedDepth();
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler contentHandler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        if (email && isAttachment(metadata)) {
            attachments.add(new Attachment(fileName(metadata), stream.readAllBytes()));
            return;
        }
        InputStream content = stream;
        if (isPicture(metadata)) {
            byte[] picture = stream.readNBytes(MAX_PICTURE_BYTES + 1);
            if (picture.length < MIN_PICTURE_BYTES || picture.length > MAX_PICTURE_BYTES) {
                return;
            }
            picturesRead++;
            content = new ByteArrayInputStream(picture);
        }
        depth++;
        handler.enterEmbedded();
        try {
            inline.parseEmbedded(content, contentHandler, metadata, outputHtml);
        } finally {
            handler.exitEmbedded();
            depth--;
        }
    }

    List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    private static boolean isAttachment(Metadata metadata) {
        String disposition = lower(metadata.get("Content-Disposition"));
        boolean named =
                metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY) != null || disposition.contains("attachment");
        // pictures shown in the message body (signatures, logos) are not attachments
        boolean inlinePicture = isPicture(metadata) && (disposition.startsWith("inline") || hasContentId(metadata));
        return named && !inlinePicture;
    }

    private static boolean hasContentId(Metadata metadata) {
        String id = metadata.get("mapi:attach:content-id");
        return id != null && !id.isBlank();
    }

    private static boolean isPicture(Metadata metadata) {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        return lower(metadata.get(Metadata.CONTENT_TYPE)).startsWith("image/")
                || (name != null && PICTURE_NAME.matcher(name).matches());
    }

    private String fileName(Metadata metadata) {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        return name == null || name.isBlank() ? "attachment-" + (attachments.size() + 1) : name.strip();
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
