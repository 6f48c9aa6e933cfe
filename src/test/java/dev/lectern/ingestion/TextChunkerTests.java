package dev.lectern.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.ingestion.TextChunker.Span;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextChunkerTests {

    // 40 tokens is about 30 words; the overlap of 8 tokens is about 6 words
    private final TextChunker chunker = new TextChunker(new IngestionSettings(40, 8));

    private static String words(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).collect(Collectors.joining(" "));
    }

    private static List<String> texts(String text, List<Span> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void packsSmallParagraphsUnderOneHeading() {
        String text = "# Returns\n\nKeep the receipt.\n\nReturns take a week.\n\nAsk the desk.\n";

        List<Span> spans = chunker.chunk(text, true);

        assertThat(texts(text, spans)).containsExactly("Keep the receipt.\n\nReturns take a week.\n\nAsk the desk.");
        assertThat(spans.getFirst().headingPath()).isEqualTo("Returns");
    }

    @Test
    void startsNewChunkAtNewHeading() {
        String text = "# Returns\n\nKeep the receipt.\n\n## Refunds\n\nMoney back in 30 days.";

        List<Span> spans = chunker.chunk(text, true);

        assertThat(texts(text, spans)).containsExactly("Keep the receipt.", "Money back in 30 days.");
        assertThat(spans).extracting(Span::headingPath).containsExactly("Returns", "Returns > Refunds");
    }

    @Test
    void startsNewChunkWhenNextParagraphWouldNotFit() {
        String first = words("a", 20);
        String second = words("b", 20);
        String text = first + "\n\n" + second;

        assertThat(texts(text, chunker.chunk(text, false))).containsExactly(first, second);
    }

    @Test
    void keepsParagraphWholeWhenItFits() {
        String small = "Short intro.";
        String full = words("w", 30); // exactly 40 estimated tokens
        String text = small + "\n\n" + full + "\n";

        assertThat(TextChunker.estimateTokens(full, 0, full.length())).isEqualTo(40);
        assertThat(texts(text, chunker.chunk(text, false))).containsExactly(small, full);
    }

    @Test
    void splitsOversizedParagraphIntoOverlappingWindowsWithinSize() {
        String big = words("w", 100);
        String text = "# Terms\n\n" + big;

        List<Span> spans = chunker.chunk(text, true);

        assertThat(spans).hasSizeGreaterThan(2);
        assertThat(spans).extracting(Span::headingPath).containsOnly("Terms");
        assertThat(spans.getFirst().start()).isEqualTo(text.indexOf("w0 "));
        assertThat(spans.getLast().end()).isEqualTo(text.length());
        for (Span span : spans) {
            assertThat(TextChunker.estimateTokens(text, span.start(), span.end()))
                    .isLessThanOrEqualTo(40);
        }
        for (int i = 1; i < spans.size(); i++) {
            Span previous = spans.get(i - 1);
            Span next = spans.get(i);
            assertThat(next.start()).isGreaterThan(previous.start()).isLessThan(previous.end());
            String shared = text.substring(next.start(), previous.end());
            assertThat(shared.split(" ")).hasSize(6); // 8 overlap tokens are about 6 words
        }
    }

    @Test
    void windowsWithoutOverlapStillLoseNoWord() {
        TextChunker noOverlap = new TextChunker(new IngestionSettings(40, 0));
        String text = words("w", 95);

        List<Span> spans = noOverlap.chunk(text, false);

        assertThat(String.join(" ", texts(text, spans))).isEqualTo(text);
    }

    @Test
    void spansCoverEveryWordInOrder() {
        String text = String.join(
                "\n\n",
                "Opening words.",
                words("long", 75),
                "A middle paragraph\nover two lines.",
                words("x", 18),
                words("y", 18),
                words("huge", 130),
                "Closing words.");

        List<Span> spans = chunker.chunk(text, false);

        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).start()).isGreaterThan(spans.get(i - 1).start());
            assertThat(spans.get(i).end()).isGreaterThan(spans.get(i - 1).end());
        }
        assertEveryWordCovered(text, spans, false);
    }

    @Test
    void spansCoverEveryBodyWordOfMarkdown() {
        String text = "# A\n\nalpha beta\n\n## B\n" + words("b", 70) + "\n\n# C\n\n```\ncode\n\nmore\n```\n";

        List<Span> spans = chunker.chunk(text, true);

        // headings go to the breadcrumb, every other word is in a span
        assertEveryWordCovered(text, spans, true);
        assertThat(spans).extracting(Span::headingPath).contains("A", "A > B", "C");
    }

    @Test
    void yieldsNoSpansForEmptyOrBlankText() {
        assertThat(chunker.chunk("", false)).isEmpty();
        assertThat(chunker.chunk(" \n\n\t \n", true)).isEmpty();
        assertThat(chunker.chunk("# Only a heading\n\n## And another\n", true)).isEmpty();
    }

    private static void assertEveryWordCovered(String text, List<Span> spans, boolean skipHeadings) {
        Matcher m = Pattern.compile("\\S+").matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (skipHeadings && text.startsWith("#", text.lastIndexOf('\n', start) + 1)) {
                continue;
            }
            assertThat(spans)
                    .as("span covering '%s' at %d", m.group(), start)
                    .anySatisfy(s ->
                            assertThat(s.start() <= start && end <= s.end()).isTrue());
        }
    }
}
