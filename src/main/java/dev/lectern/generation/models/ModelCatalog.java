package dev.lectern.generation.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.DefaultResourceLoader;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The models Lectern knows, read from a resource file (catalog.json). */
public record ModelCatalog(String note, String defaultModel, List<CatalogModel> models) {

    public static ModelCatalog load(String location) {
        JsonMapper json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try (InputStream in = new DefaultResourceLoader().getResource(location).getInputStream()) {
            return json.readValue(in, ModelCatalog.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the model catalog " + location, e);
        }
    }

    public Optional<CatalogModel> find(String id) {
        return models.stream().filter(model -> model.id().equals(id)).findFirst();
    }
}
