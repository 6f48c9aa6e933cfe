package dev.lectern.ingestion.parsing;

import java.io.IOException;
import java.util.List;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig.OCR_STRATEGY;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/** Runs Tika over one file, with OCR, embedded documents and limits set up, and turns its XHTML into blocks. */
final class TikaExtraction {

    private static final Logger log = LoggerFactory.getLogger(TikaExtraction.class);

    private final Parser parser;

    /** @param parser thread-safe, so one serves every parse */
    TikaExtraction(Parser parser) {
        this.parser = parser;
    }

    /**
     * @param ocr whether Tesseract reads scanned pages and images
     * @param deadline the {@link System#nanoTime()} after which the parse is abandoned
     */
    ParsedDocument extract(
            TikaInputStream in,
            Metadata metadata,
            Format format,
            String mediaType,
            boolean ocr,
            ParseLimits limits,
            long deadline)
            throws IOException, SAXException, TikaException, ParseFailure {
        BlockList blocks = new BlockList(format == Format.PDF);
        Places places = new Places(format == Format.SPREADSHEET);
        XhtmlBlockHandler handler = new XhtmlBlockHandler(blocks, places, limits.maxCharacters(), deadline);
        ParseContext context = context(ocr, limits);
        boolean office = format == Format.DOCUMENT || format == Format.PRESENTATION;
        EmbeddedDocuments embedded =
                new EmbeddedDocuments(context, handler, format == Format.EMAIL, ocr && office, limits);
        context.set(EmbeddedDocumentExtractor.class, embedded);
        // pages read by Tesseract arrive as hOCR, words with their boxes, which puts their tables back together
        parser.parse(in, new HocrLayout(handler), metadata, context);
        handler.finish();
        if (format == Format.SPREADSHEET) {
            blocks.dropEmptySheets();
        }
        if (blocks.isEmpty() && embedded.attachments().isEmpty()) {
            // without OCR a PDF with no text at all is a scan; with OCR it really has none
            throw format == Format.PDF && !ocr ? FailureClassifier.ocrNeeded() : FailureClassifier.noText();
        }
        String title = blocks.title(metadata.get(TikaCoreProperties.TITLE));
        List<Block> content = format == Format.PDF ? pdfContent(in, blocks, deadline) : blocks.toList();
        return new ParsedDocument(mediaType, title, content, embedded.attachments());
    }

    private static List<Block> pdfContent(TikaInputStream in, BlockList blocks, long deadline) throws IOException {
        List<Block> content = RunningHeaders.remove(blocks.toList());
        try {
            return PdfTables.restore(in.getPath(), content, deadline);
        } catch (IOException | RuntimeException e) {
            log.debug("No table layout for this PDF; its tables stay as text", e);
            return content; // the text is there already: a layout the detector cannot read costs only the tables
        }
    }

    private ParseContext context(boolean ocr, ParseLimits limits) {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        PDFParserConfig pdf = new PDFParserConfig();
        // AUTO reads a page with Tesseract only when the page has (almost) no text of its own
        pdf.setOcrStrategy(ocr ? OCR_STRATEGY.AUTO : OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        pdf.setExtractBookmarksText(false); // the outline repeats headings, placed after the last page
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setSkipOcr(!ocr);
        tesseract.setOutputType(TesseractOCRConfig.OUTPUT_TYPE.HOCR);
        tesseract.setTimeoutSeconds((int) Math.clamp(limits.timeout().toSeconds(), 1, Integer.MAX_VALUE));
        context.set(TesseractOCRConfig.class, tesseract);
        OfficeParserConfig office = new OfficeParserConfig();
        // running headers and footers repeat on every page and slide masters hold template placeholders
        office.setIncludeHeadersAndFooters(false);
        office.setIncludeSlideMasterContent(false);
        context.set(OfficeParserConfig.class, office);
        return context;
    }
}
