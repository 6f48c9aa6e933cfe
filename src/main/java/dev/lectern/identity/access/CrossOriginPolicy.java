package dev.lectern.identity.access;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Which other web origins may call the API from a browser: none unless the operator lists them
 * ({@code lectern.api.cors.allowed-origins}, the chart's {@code api.corsAllowedOrigins}). Such callers use API
 * keys, so no cookies are allowed across origins: a foreign page can never ride on a user's session.
 */
@Configuration(proxyBeanMethods = false)
class CrossOriginPolicy {

    @Bean
    CorsConfigurationSource corsConfigurationSource(
            @Value("${lectern.api.cors.allowed-origins:}") List<String> allowedOrigins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        List<String> origins =
                allowedOrigins.stream().filter(origin -> !origin.isBlank()).toList();
        if (origins.isEmpty()) {
            return source; // no configuration: the browser's same-origin rule stands
        }
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(origins);
        api.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        api.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "Idempotency-Key", "Last-Event-ID"));
        api.setExposedHeaders(List.of("Location", "Retry-After"));
        api.setAllowCredentials(false);
        api.setMaxAge(Duration.ofHours(1));
        source.registerCorsConfiguration("/api/**", api);
        source.registerCorsConfiguration("/v1/**", api);
        return source;
    }
}
