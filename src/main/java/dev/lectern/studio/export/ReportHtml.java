package dev.lectern.studio.export;

import dev.lectern.studio.Report;
import dev.lectern.studio.ReportSection;
import org.springframework.web.util.HtmlUtils;

/** A report as a standalone HTML page; citations link to footnotes at the end. */
public final class ReportHtml {

    private ReportHtml() {}

    public static String render(Report report) {
        StringBuilder html = new StringBuilder(
                        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(report.title()))
                .append("</title></head><body>\n<h1>")
                .append(escape(report.title()))
                .append("</h1>\n");
        for (ReportSection section : report.sections()) {
            html.append("<h2>").append(escape(section.title())).append("</h2>\n<p>");
            for (Footnotes.Piece piece : Footnotes.pieces(section.text())) {
                html.append(
                        piece.text() != null
                                ? escape(piece.text())
                                : "<sup><a href=\"#fn-%d\" id=\"ref-%d\">%d</a></sup>"
                                        .formatted(piece.footnote(), piece.footnote(), piece.footnote()));
            }
            html.append("</p>\n");
        }
        html.append("<hr>\n<ol class=\"footnotes\">\n");
        Footnotes.of(report)
                .forEach((n, label) ->
                        html.append("<li id=\"fn-%d\" value=\"%d\">%s</li>\n".formatted(n, n, escape(label))));
        return html.append("</ol>\n</body></html>\n").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
