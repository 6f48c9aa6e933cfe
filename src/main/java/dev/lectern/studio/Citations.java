package dev.lectern.studio;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the inline citations of a generated text: splits it into sentences, maps each {@code [n]} or
 * {@code [n, m]} to the numbered sources, and drops numbers that no source has, so that a citation always
 * points to a chunk that was in the prompt.
 */
final class Citations {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+(?:\\s*,\\s*\\d+)*)\\]");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern LEADING_MARKERS = Pattern.compile("^(\\s*\\[\\d+(?:\\s*,\\s*\\d+)*\\])+[.!?]?");

    /** The text with only valid markers left, its sentences, the cited sources and the invalid numbers. */
    record Parsed(String text, List<CitedSentence> sentences, List<Citation> citations, List<Integer> invalid) {}

    private Citations() {}

    static Parsed parse(String generated, List<Source> sources) {
        Map<Integer, Source> byNumber = sources.stream().collect(Collectors.toMap(Source::number, Function.identity()));
        Set<Integer> invalid = new TreeSet<>();
        Set<Integer> cited = new LinkedHashSet<>();
        List<CitedSentence> sentences = new ArrayList<>();
        for (String sentence : sentences(generated.strip())) {
            List<Integer> numbers = new ArrayList<>();
            Matcher marker = MARKER.matcher(sentence);
            StringBuilder kept = new StringBuilder();
            while (marker.find()) {
                List<Integer> valid = new ArrayList<>();
                for (String n : marker.group(1).split(",")) {
                    int number = Integer.parseInt(n.strip());
                    if (byNumber.containsKey(number)) {
                        valid.add(number);
                    } else {
                        invalid.add(number);
                    }
                }
                valid.stream().filter(n -> !numbers.contains(n)).forEach(numbers::add);
                String replacement = valid.isEmpty()
                        ? ""
                        : "[" + valid.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "]";
                marker.appendReplacement(kept, Matcher.quoteReplacement(replacement));
            }
            marker.appendTail(kept);
            String text = kept.toString()
                    .replaceAll("\\s+([.!?,;:])", "$1")
                    .replaceAll("\\s{2,}", " ")
                    .strip();
            if (!text.isEmpty()) {
                cited.addAll(numbers);
                sentences.add(new CitedSentence(text, numbers));
            }
        }
        String text = sentences.stream().map(CitedSentence::text).collect(Collectors.joining(" "));
        List<Citation> citations =
                cited.stream().map(byNumber::get).map(Citation::of).toList();
        return new Parsed(text, sentences, citations, List.copyOf(invalid));
    }

    /** Splits at sentence ends; markers after the full stop ("... days. [1] Next") belong to the sentence before. */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String part : SENTENCE_END.split(text)) {
            Matcher leading = LEADING_MARKERS.matcher(part);
            if (!sentences.isEmpty() && leading.find()) {
                sentences.set(
                        sentences.size() - 1,
                        sentences.getLast() + " " + leading.group().strip());
                part = part.substring(leading.end());
            }
            if (!part.isBlank()) {
                sentences.add(part.strip());
            }
        }
        return sentences;
    }
}
