package dev.lectern.generation;

import java.util.List;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.DefaultChatOptionsBuilder;

/**
 * Spring AI chat options for the in-process model, with what llama.cpp adds to the portable ones: repeat
 * penalty, seed and a JSON schema that constrains the output.
 */
public final class LecternChatOptions implements ChatOptions {

    private final ChatOptions common;
    private final Double repeatPenalty;
    private final Integer seed;
    private final String jsonSchema;

    private LecternChatOptions(ChatOptions common, Double repeatPenalty, Integer seed, String jsonSchema) {
        this.common = common;
        this.repeatPenalty = repeatPenalty;
        this.seed = seed;
        this.jsonSchema = jsonSchema;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Double getRepeatPenalty() {
        return repeatPenalty;
    }

    public Integer getSeed() {
        return seed;
    }

    public String getJsonSchema() {
        return jsonSchema;
    }

    // @formatter:off
    @Override
    public String getModel() {
        return common.getModel();
    }

    @Override
    public Double getFrequencyPenalty() {
        return common.getFrequencyPenalty();
    }

    @Override
    public Integer getMaxTokens() {
        return common.getMaxTokens();
    }

    @Override
    public Double getPresencePenalty() {
        return common.getPresencePenalty();
    }

    @Override
    public List<String> getStopSequences() {
        return common.getStopSequences();
    }

    @Override
    public Double getTemperature() {
        return common.getTemperature();
    }

    @Override
    public Integer getTopK() {
        return common.getTopK();
    }

    @Override
    public Double getTopP() {
        return common.getTopP();
    }
    // @formatter:on

    @Override
    public Builder mutate() {
        Builder builder = new Builder().combineWith(common.mutate());
        builder.repeatPenalty = repeatPenalty;
        builder.seed = seed;
        builder.jsonSchema = jsonSchema;
        return builder;
    }

    /** Builds options; {@link #combineWith} keeps the llama.cpp extras of another builder of this kind. */
    public static final class Builder extends DefaultChatOptionsBuilder<Builder> {
        private Double repeatPenalty;
        private Integer seed;
        private String jsonSchema;

        public Builder repeatPenalty(Double value) {
            this.repeatPenalty = value;
            return this;
        }

        public Builder seed(Integer value) {
            this.seed = value;
            return this;
        }

        public Builder jsonSchema(String value) {
            this.jsonSchema = value;
            return this;
        }

        @Override
        public Builder combineWith(ChatOptions.Builder<?> other) {
            super.combineWith(other);
            if (other instanceof Builder extras) {
                repeatPenalty = extras.repeatPenalty != null ? extras.repeatPenalty : repeatPenalty;
                seed = extras.seed != null ? extras.seed : seed;
                jsonSchema = extras.jsonSchema != null ? extras.jsonSchema : jsonSchema;
            }
            return this;
        }

        @Override
        public Builder clone() {
            Builder copy = super.clone();
            copy.repeatPenalty = repeatPenalty;
            copy.seed = seed;
            copy.jsonSchema = jsonSchema;
            return copy;
        }

        @Override
        public LecternChatOptions build() {
            return new LecternChatOptions(super.build(), repeatPenalty, seed, jsonSchema);
        }
    }
}
