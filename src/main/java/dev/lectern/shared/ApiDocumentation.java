package dev.lectern.shared;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 document (springdoc reads the controllers; this adds what no controller says): served at
 * {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}, and the source the frontend's client is typed from.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI lecternApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Lectern API")
                        .version("v1")
                        .license(new License().name("Apache-2.0"))
                        .description("""
                                Lectern's REST API under /api/v1, and an OpenAI-compatible API under /v1 (models, \
                                chat completions, embeddings) for existing OpenAI clients.

                                Errors under /api/v1 are RFC 9457 problem details with a stable `type`; errors \
                                under /v1 use OpenAI's `{"error":{"message","type","param","code"}}` shape.

                                Paged lists take `page` (from 0) and `size`, and answer \
                                `{"items","page","size","totalItems","totalPages"}`."""));
    }

    /** Response fields are always sent, so generated clients may rely on them (see {@link ResponseSchemas}). */
    @Bean
    OpenApiCustomizer responsePropertiesAreRequired() {
        return new ResponseSchemas();
    }

    /** Record components marked JSpecify {@code @Nullable} become nullable (see {@link NullableComponents}). */
    @Bean
    ModelConverter nullableRecordComponents() {
        return new NullableComponents();
    }
}
