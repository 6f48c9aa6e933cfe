package dev.lectern.ingestion.parsing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/** Documents the tests make themselves, for cases the shared samples do not cover. */
final class GeneratedDocuments {

    static final String[] FINDINGS = {
        "the fire doors stay open.", "two badges have expired.", "a lock on the store is broken.", "no issues."
    };

    private GeneratedDocuments() {}

    /** A PDF whose page n says "This is page n" and names a word found on no other page. */
    static Path pdfWithPages(Path directory, int pages, int linesPerPage) throws IOException {
        Path file = directory.resolve("pages-" + pages + ".pdf");
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int page = 1; page <= pages; page++) {
                PDPage pdfPage = new PDPage();
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(60, 720);
                    content.showText("This is page " + page + " about marker" + page + ".");
                    for (int line = 1; line < linesPerPage; line++) {
                        content.newLineAtOffset(0, -14);
                        content.showText("Line " + line + " of page " + page + " holds ordinary words of text.");
                    }
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A PDF with a company header at the top of each page and "Page n of m" at the bottom. */
    static Path pdfWithRunningHeaders(Path directory, int pages) throws IOException {
        Path file = directory.resolve("report.pdf");
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int page = 1; page <= pages; page++) {
                PDPage pdfPage = new PDPage();
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    line(content, font, 60, 760, "ACME Corporation - internal use only");
                    line(content, font, 60, 600, "Finding " + page + ": " + FINDINGS[(page - 1) % FINDINGS.length]);
                    line(content, font, 60, 40, "Page " + page + " of " + pages);
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static void line(PDPageContentStream content, PDType1Font font, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, 11);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** A one-page PDF that opens only with the password "secret". */
    static Path encryptedPdf(Path directory) throws IOException {
        Path plain = pdfWithPages(directory, 1, 1);
        Path file = directory.resolve("encrypted.pdf");
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    /** A PDF whose only page is a picture of the given lines: a scan, with no text layer. */
    static Path scannedPdf(Path directory, String... lines) throws IOException {
        Path file = directory.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            var image = LosslessFactory.createFromImage(document, picture(lines));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 30, 500, 550, 550f * image.getHeight() / image.getWidth());
            }
            document.save(file.toFile());
        }
        return file;
    }

    static Path png(Path directory, String... lines) throws IOException {
        return image(directory, "png", lines);
    }

    /** @param format an ImageIO format name that is also the file's extension: png, jpg, tiff */
    static Path image(Path directory, String format, String... lines) throws IOException {
        Path file = directory.resolve("picture." + format);
        ImageIO.write(picture(lines), format, file.toFile());
        return file;
    }

    /**
     * A picture of a titled table with a note under it, columns set wide apart and no rules, as a scanned price
     * list or report page shows one: Tesseract reads such a table column after column.
     */
    static Path tablePng(Path directory, String title, String[][] rows, String note) throws IOException {
        BufferedImage image = new BufferedImage(1400, 260 + 70 * rows.length, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = blackOnWhite(image, 36);
        graphics.drawString(title, 80, 80);
        for (int row = 0; row < rows.length; row++) {
            for (int column = 0; column < rows[row].length; column++) {
                graphics.drawString(rows[row][column], 80 + 400 * column, 180 + 70 * row);
            }
        }
        graphics.drawString(note, 80, 180 + 70 * rows.length + 60);
        graphics.dispose();
        Path file = directory.resolve("table.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A white page to write on in black, antialiased, in a sans-serif font of the given size. */
    private static Graphics2D blackOnWhite(BufferedImage image, int fontSize) {
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setColor(Color.BLACK);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, fontSize));
        return graphics;
    }

    /** Black text on white, large enough for OCR. */
    static BufferedImage picture(String... lines) {
        BufferedImage image = new BufferedImage(1400, 120 + 90 * lines.length, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = blackOnWhite(image, 56);
        for (int i = 0; i < lines.length; i++) {
            graphics.drawString(lines[i], 60, 110 + 90 * i);
        }
        graphics.dispose();
        return image;
    }

    /** An EPUB 2 book with one chapter: a zip holding a mimetype, container.xml, the package file and the chapter. */
    static Path epub(Path directory) throws IOException {
        Path file = directory.resolve("book.epub");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            stored(zip, "mimetype", "application/epub+zip");
            deflated(zip, "META-INF/container.xml", """
                    <?xml version="1.0"?>
                    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                      <rootfiles>
                        <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
                      </rootfiles>
                    </container>
                    """);
            deflated(zip, "OEBPS/content.opf", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="id">
                      <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                        <dc:title>The Lighthouse Keeper</dc:title>
                        <dc:identifier id="id">lectern-test-book</dc:identifier>
                        <dc:language>en</dc:language>
                      </metadata>
                      <manifest>
                        <item id="chapter1" href="chapter1.xhtml" media-type="application/xhtml+xml"/>
                      </manifest>
                      <spine><itemref idref="chapter1"/></spine>
                    </package>
                    """);
            deflated(zip, "OEBPS/chapter1.xhtml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <html xmlns="http://www.w3.org/1999/xhtml">
                      <head><title>Chapter One</title></head>
                      <body>
                        <h1>Chapter One</h1>
                        <p>The keeper lit the lamp at dusk and watched the amber beam sweep the bay.</p>
                        <ul><li>Trim the wick</li><li>Polish the lens</li></ul>
                      </body>
                    </html>
                    """);
        }
        return file;
    }

    private static void stored(ZipOutputStream zip, String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED); // EPUB readers expect the mimetype first and uncompressed
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void deflated(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
