package dev.lectern.studio;

/** How a summary reads, and the target length it has when the client names none. */
public enum SummaryStyle {
    EXECUTIVE_BRIEF("An executive brief: the conclusions and decisions first, in a few plain sentences.", 120),
    KEY_POINTS("Key points: one short sentence per point, most important first.", 150),
    DETAILED("A detailed summary that keeps the reasoning, figures and conditions.", 400);

    private final String instruction;
    private final int defaultWords;

    SummaryStyle(String instruction, int defaultWords) {
        this.instruction = instruction;
        this.defaultWords = defaultWords;
    }

    String instruction() {
        return instruction;
    }

    public int defaultWords() {
        return defaultWords;
    }
}
