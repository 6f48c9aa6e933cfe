package dev.lectern.studio.export;

import dev.lectern.studio.Report;
import dev.lectern.studio.ReportSection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** A report as a Word document (Apache POI); citations are real Word footnotes. */
public final class ReportDocx {

    private ReportDocx() {}

    public static byte[] render(Report report) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            heading(doc, report.title(), 20);
            Map<Integer, String> labels = Footnotes.of(report);
            Map<Integer, XWPFFootnote> notes = new HashMap<>();
            for (ReportSection section : report.sections()) {
                heading(doc, section.title(), 14);
                XWPFParagraph paragraph = doc.createParagraph();
                for (Footnotes.Piece piece : Footnotes.pieces(section.text())) {
                    if (piece.text() != null) {
                        paragraph.createRun().setText(piece.text());
                    } else {
                        paragraph.addFootnoteReference(notes.computeIfAbsent(
                                piece.footnote(), n -> footnote(doc, labels.getOrDefault(n, "Source " + n))));
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(XWPFDocument doc, String text, int size) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setBold(true);
        run.setFontSize(size);
        run.setText(text);
    }

    private static XWPFFootnote footnote(XWPFDocument doc, String text) {
        XWPFFootnote footnote = doc.createFootnote();
        footnote.createParagraph().createRun().setText(text);
        return footnote;
    }
}
