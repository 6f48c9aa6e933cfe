package dev.lectern.studio;

import java.util.List;

/** A kind of report: sections, each a retrieval query plus instructions for the model. */
public record ReportTemplate(String id, String name, List<Section> sections) {

    public record Section(String title, String query, String instructions) {}
}
