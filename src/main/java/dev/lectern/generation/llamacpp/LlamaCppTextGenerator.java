package dev.lectern.generation.llamacpp;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.Pair;
import dev.lectern.generation.ChatTurn;
import dev.lectern.generation.GenerationOptions;
import dev.lectern.generation.GenerationRequest;
import dev.lectern.generation.GenerationSettings;
import dev.lectern.generation.GenerationTimedOut;
import dev.lectern.generation.GeneratorStatus;
import dev.lectern.generation.TextGenerator;
import dev.lectern.shared.LecternProblem;
import dev.lectern.shared.RequestMeter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/**
 * Runs a GGUF model in this JVM through llama.cpp, serving up to {@code parallel} requests at once from one
 * shared model instance (continuous batching), with a bounded queue in front.
 */
public class LlamaCppTextGenerator implements TextGenerator {

    private final GenerationSettings settings;
    private final LlamaCppEngine engine;
    private final Slots slots;
    private final GenerationMetrics metrics;

    public LlamaCppTextGenerator(GenerationSettings settings) {
        this(settings, new SimpleMeterRegistry());
    }

    public LlamaCppTextGenerator(GenerationSettings settings, MeterRegistry meters) {
        this.settings = settings;
        this.engine = new LlamaCppEngine(settings);
        this.slots = new Slots(settings.parallel(), settings.queueCapacity(), settings.queueTimeout(), meters);
        this.metrics = new GenerationMetrics(meters);
        if (settings.model() != null) {
            engine.loadInBackground(settings.model());
        }
    }

    /** The engine, for the model manager that activates models. */
    public LlamaCppEngine engine() {
        return engine;
    }

    @Override
    public GeneratorStatus status() {
        return engine.status();
    }

    @Override
    public int countTokens(String text) {
        requireReady();
        return text.isEmpty() ? 0 : engine.model().encode(text).length;
    }

    /** Requests decoding now; reaches zero as soon as a cancelled request has let go of its slot. */
    public int activeSlots() {
        return slots.active();
    }

    @Override
    public String generate(GenerationRequest request) {
        StringBuilder text = new StringBuilder();
        stream(request, piece -> {
            text.append(piece);
            return true;
        });
        return text.toString();
    }

    @Override
    public void stream(GenerationRequest request, Predicate<String> onText) {
        requireReady();
        LlamaModel model = engine.model();
        int room = settings.contextSize() - request.maxTokens();
        if (room < 16) {
            throw new LecternProblem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-request",
                    "Invalid request",
                    "'maxTokens' must leave room for the prompt in the context of %d tokens."
                            .formatted(settings.contextSize()));
        }
        slots.acquire();
        try {
            int[] tokens = model.encode(request.prompt());
            int[] kept = PromptFit.fit(tokens, room);
            String prompt = kept == tokens ? request.prompt() : model.decode(kept);
            run(model, parameters(prompt, request.options()), kept.length, onText);
        } finally {
            slots.release();
        }
    }

    private void run(LlamaModel model, InferenceParameters parameters, int promptTokens, Predicate<String> onText) {
        long started = System.nanoTime();
        long deadline = started + settings.requestTimeout().toNanos();
        long firstToken = 0;
        int generated = 0;
        int written = 0;
        LlamaIterator outputs = model.generate(parameters).iterator();
        try {
            while (outputs.hasNext()) {
                LlamaOutput output = outputs.next();
                if (generated++ == 0) {
                    firstToken = System.nanoTime();
                    metrics.firstToken(firstToken - started, promptTokens);
                }
                if (System.nanoTime() > deadline) {
                    outputs.cancel();
                    throw new GenerationTimedOut(settings.requestTimeout());
                }
                // the final output of a completion carries no text
                if (!output.text.isEmpty()) {
                    written++;
                    if (!onText.test(output.text)) {
                        outputs.cancel(); // frees the llama.cpp slot now, not after maxTokens
                        return;
                    }
                }
            }
        } finally {
            metrics.finished(System.nanoTime() - firstToken, generated - 1);
            // every generation passes here, through ChatModel or not: the one place that knows both counts
            RequestMeter.current().addTokens(promptTokens, written);
        }
    }

    private static InferenceParameters parameters(String prompt, GenerationOptions options) {
        InferenceParameters parameters = new InferenceParameters(prompt)
                .setNPredict(options.maxTokens())
                .setCachePrompt(true); // a repeated system prompt is not evaluated again
        if (options.temperature() != null)
            parameters.setTemperature(options.temperature().floatValue());
        if (options.topP() != null) parameters.setTopP(options.topP().floatValue());
        if (options.topK() != null) parameters.setTopK(options.topK());
        if (options.repeatPenalty() != null)
            parameters.setRepeatPenalty(options.repeatPenalty().floatValue());
        if (options.seed() != null) parameters.setSeed(options.seed());
        if (!options.stop().isEmpty()) parameters.setStopStrings(options.stop().toArray(String[]::new));
        if (options.jsonSchema() != null) parameters.setGrammar(JsonGrammar.of(options.jsonSchema()));
        if (options.ignoreEos()) parameters.setIgnoreEos(true);
        return parameters;
    }

    /** The chat template from the model's GGUF metadata; llama.cpp falls back to ChatML when it has none. */
    @Override
    public String chatPrompt(List<ChatTurn> turns) {
        requireReady();
        String system = turns.stream()
                .filter(turn -> turn.role().equals("system"))
                .map(ChatTurn::content)
                .collect(Collectors.joining("\n\n"));
        List<Pair<String, String>> messages = new ArrayList<>();
        for (ChatTurn turn : turns) {
            if (!turn.role().equals("system")) {
                messages.add(new Pair<>(turn.role(), turn.content()));
            }
        }
        InferenceParameters template =
                new InferenceParameters("").setMessages(system.isEmpty() ? null : system, messages);
        return engine.model().applyTemplate(template);
    }
}
