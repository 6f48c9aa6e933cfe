package dev.lectern.ingestion.parsing;

import java.util.List;

/**
 * The text and structure a parser found in a file.
 *
 * @param mediaType the detected media type, e.g. application/pdf
 * @param title the document's own title if it has one, else empty
 * @param blocks the content in reading order
 * @param attachments files embedded in the document that become documents of their own (e-mail attachments)
 */
public record ParsedDocument(String mediaType, String title, List<Block> blocks, List<Attachment> attachments) {

    public ParsedDocument {
        title = title == null ? "" : title;
        blocks = List.copyOf(blocks);
        attachments = List.copyOf(attachments);
    }

    /** A file carried inside another, such as an e-mail attachment. */
    public record Attachment(String fileName, byte[] content) {}
}
