package dev.lectern.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads path settings as plain file-system paths. Spring's default treats them as resource locations and
 * rejects relative ones such as {@code ../models/qwen.gguf}, which users type all the time. A blank value
 * means "not set".
 */
@Component
@ConfigurationPropertiesBinding
class FileSystemPathConverter implements Converter<String, Path> {

    @Override
    public Path convert(String source) {
        return source.isBlank() ? null : Path.of(source.strip());
    }
}
