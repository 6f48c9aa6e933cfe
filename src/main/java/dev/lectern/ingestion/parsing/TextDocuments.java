package dev.lectern.ingestion.parsing;

import java.util.List;

/** Reads the formats that are text underneath: HTML, Markdown, CSV, TSV and plain text. */
final class TextDocuments {

    private final TextDecoder decoder;

    TextDocuments(TextDecoder decoder) {
        this.decoder = decoder;
    }

    ParsedDocument read(byte[] bytes, Format format, String mediaType, ParseLimits limits) throws ParseFailure {
        String text = decoder.decode(bytes, mediaType);
        ParsedDocument document = switch (format) {
            case HTML -> HtmlBlocks.parse(text, mediaType);
            case MARKDOWN -> MarkdownBlocks.parse(text);
            case CSV -> table(text, DelimitedText.detectDelimiter(text), mediaType);
            case TSV -> table(text, '\t', mediaType);
            default -> plain(text, mediaType);
        };
        long characters = document.blocks().stream()
                .mapToLong(block -> block.text().length())
                .sum();
        if (characters > limits.maxCharacters()) {
            throw FailureClassifier.tooLarge(limits);
        }
        if (document.blocks().isEmpty()) {
            throw FailureClassifier.noText();
        }
        return document;
    }

    private static ParsedDocument table(String text, char delimiter, String mediaType) {
        BlockList blocks = new BlockList(false);
        blocks.dataTable(DelimitedText.rows(text, delimiter), Location.NONE);
        return new ParsedDocument(mediaType, "", blocks.toList(), List.of());
    }

    private static ParsedDocument plain(String text, String mediaType) {
        BlockList blocks = new BlockList(false);
        for (String paragraph : TextHygiene.paragraphs(text)) {
            TextHygiene.splitAtShortLines(paragraph).forEach(part -> blocks.text(part, Location.NONE));
        }
        return new ParsedDocument(mediaType, "", blocks.toList(), List.of());
    }
}
