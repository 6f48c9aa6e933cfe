package dev.lectern.documents;

import dev.lectern.documents.storage.BlobStore;
import dev.lectern.documents.storage.FileSystemBlobStore;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

    @Bean
    BlobStore blobStore(DocumentsSettings settings) throws IOException {
        return new FileSystemBlobStore(settings.storageDir());
    }
}
