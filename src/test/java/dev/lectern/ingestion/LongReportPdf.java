package dev.lectern.ingestion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A long text-layer PDF for the throughput benchmark. The sample named {@code interface-config-guide-p93.pdf} is
 * page 93 of a guide, one page; the large batch assumes a 93-page PDF, so the benchmark makes one: the
 * lines of a real English text set in a 10-point font, 50 lines a page, a bold heading every 200 lines, read
 * again from the start when the text runs out.
 */
final class LongReportPdf {

    private static final int LINES_PER_PAGE = 50;
    private static final int LINES_PER_SECTION = 200;
    private static final int WIDTH = 95;

    private LongReportPdf() {}

    static Path write(Path directory, Path text, int pages) throws IOException {
        List<String> lines = wrapped(Files.readAllLines(text, StandardCharsets.UTF_8));
        Path file = directory.resolve("long-report-" + pages + "p.pdf");
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument()) {
            int next = 0;
            for (int page = 0; page < pages; page++) {
                PDPage pdfPage = new PDPage();
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    content.beginText();
                    content.newLineAtOffset(60, 730);
                    for (int line = 0; line < LINES_PER_PAGE; line++, next++) {
                        int number = page * LINES_PER_PAGE + line;
                        if (number % LINES_PER_SECTION == 0) {
                            content.setFont(bold, 14);
                            content.showText("Section " + (number / LINES_PER_SECTION + 1));
                        } else {
                            content.setFont(regular, 10);
                            content.showText(lines.get(next % lines.size()));
                        }
                        content.newLineAtOffset(0, -13.5f);
                    }
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** The text's lines cut at {@link #WIDTH} characters on spaces, in the characters a standard PDF font has. */
    private static List<String> wrapped(List<String> source) {
        List<String> lines = new ArrayList<>();
        for (String line : source) {
            String rest = line.replaceAll("[^\\x20-\\x7E]", "").strip();
            while (rest.length() > WIDTH) {
                int cut = rest.lastIndexOf(' ', WIDTH);
                cut = cut <= 0 ? WIDTH : cut;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut).strip();
            }
            if (!rest.isEmpty()) {
                lines.add(rest);
            }
        }
        return lines;
    }
}
