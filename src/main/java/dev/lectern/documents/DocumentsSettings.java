package dev.lectern.documents;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the documents module.
 *
 * @param storageDir where original files are kept
 * @param maxUploadSize the largest file a user may upload or import
 * @param importRoots server folders an administrator may import from; nothing outside them is read
 * @param urlImport importing web pages by URL
 */
@ConfigurationProperties("lectern.documents")
@Validated
public record DocumentsSettings(
        @NotNull Path storageDir,
        @DefaultValue("100MB") DataSize maxUploadSize,
        @DefaultValue List<Path> importRoots,
        @DefaultValue UrlImport urlImport) {

    /**
     * Importing web pages by URL.
     *
     * @param timeout the longest a download may take
     * @param allowPrivateAddresses let URLs reach loopback and private networks (off: such URLs could probe
     *     the server's own network)
     * @param maxRedirects redirects followed, each checked like the first URL
     */
    public record UrlImport(
            @DefaultValue("30s") Duration timeout,
            @DefaultValue("false") boolean allowPrivateAddresses,
            @DefaultValue("5") int maxRedirects) {}
}
