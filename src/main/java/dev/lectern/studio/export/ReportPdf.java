package dev.lectern.studio.export;

import dev.lectern.studio.Report;
import dev.lectern.studio.ReportSection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A report as PDF (Apache PDFBox): A4 pages of wrapped text, citations as bracketed footnote numbers and the
 * footnotes listed at the end. The standard fonts know only WinAnsi characters; others print as '?'.
 */
public final class ReportPdf {

    private static final float MARGIN = 56;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private ReportPdf() {}

    public static byte[] render(Report report) {
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer writer = new Writer(pdf);
            writer.paragraph(report.title(), BOLD, 18);
            for (ReportSection section : report.sections()) {
                writer.paragraph(section.title(), BOLD, 13);
                StringBuilder text = new StringBuilder();
                for (Footnotes.Piece piece : Footnotes.pieces(section.text())) {
                    text.append(piece.text() != null ? piece.text() : "[" + piece.footnote() + "]");
                }
                writer.paragraph(text.toString(), REGULAR, 11);
            }
            Map<Integer, String> notes = Footnotes.of(report);
            if (!notes.isEmpty()) {
                writer.paragraph("Sources", BOLD, 13);
                notes.forEach((n, label) -> writer.paragraph("[" + n + "] " + label, REGULAR, 9));
            }
            writer.close();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays out paragraphs top to bottom, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument pdf;
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument pdf) {
            this.pdf = pdf;
        }

        void paragraph(String text, PDType1Font font, float size) {
            try {
                for (String line : wrap(printable(text), font, size)) {
                    if (page == null || y < MARGIN + size) {
                        newPage();
                    }
                    page.beginText();
                    page.setFont(font, size);
                    page.newLineAtOffset(MARGIN, y);
                    page.showText(line);
                    page.endText();
                    y -= size * 1.4f;
                }
                y -= size * 0.6f;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void close() throws IOException {
            if (page != null) {
                page.close();
            }
        }

        private void newPage() throws IOException {
            close();
            PDPage next = new PDPage(PDRectangle.A4);
            pdf.addPage(next);
            page = new PDPageContentStream(pdf, next);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private static List<String> wrap(String text, PDType1Font font, float size) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        private static String printable(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(c -> out.append(encodable(c) ? Character.toString(c) : "?"));
            return out.toString();
        }

        private static boolean encodable(int codePoint) {
            try {
                REGULAR.encode(Character.toString(codePoint));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}
