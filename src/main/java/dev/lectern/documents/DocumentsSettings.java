package dev.lectern.documents;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the documents module.
 *
 * @param storageDir where original files are kept
 * @param maxUploadSize the largest file a user may upload
 */
@ConfigurationProperties("lectern.documents")
@Validated
public record DocumentsSettings(
        @NotNull Path storageDir, @DefaultValue("100MB") DataSize maxUploadSize) {}
