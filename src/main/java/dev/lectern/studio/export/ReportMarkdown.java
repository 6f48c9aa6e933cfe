package dev.lectern.studio.export;

import dev.lectern.studio.Report;
import dev.lectern.studio.ReportSection;

/** A report as Markdown with footnotes ({@code [^3]}), as GitHub and most editors render them. */
public final class ReportMarkdown {

    private ReportMarkdown() {}

    public static String render(Report report) {
        StringBuilder md = new StringBuilder("# ").append(report.title()).append("\n\n");
        for (ReportSection section : report.sections()) {
            md.append("## ").append(section.title()).append("\n\n");
            for (Footnotes.Piece piece : Footnotes.pieces(section.text())) {
                md.append(piece.text() != null ? piece.text() : "[^" + piece.footnote() + "]");
            }
            md.append("\n\n");
        }
        Footnotes.of(report)
                .forEach((n, label) ->
                        md.append("[^").append(n).append("]: ").append(label).append('\n'));
        return md.toString();
    }
}
