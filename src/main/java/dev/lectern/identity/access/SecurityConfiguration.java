package dev.lectern.identity.access;

import dev.lectern.identity.SecuritySettings;
import dev.lectern.identity.WorkspaceAccess;
import dev.lectern.identity.audit.AuditLog;
import dev.lectern.identity.keys.ApiKeys;
import dev.lectern.identity.sso.SingleSignOn;
import dev.lectern.identity.users.AccountDetails;
import dev.lectern.identity.users.UserAccounts;
import dev.lectern.workspaces.Role;
import dev.lectern.workspaces.WorkspaceResources;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Browser sessions with CSRF protection, API keys for integrations, and {@link AccessRules} for the API. The
 * single-page app, health probes and the Prometheus endpoint (scraped by the chart's ServiceMonitor; it
 * shows counters, never content) stay public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * The app loads only its own scripts; inline styles are allowed because React renders style attributes.
     * Nothing may frame the app but itself, and forms post only to it.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                    + " img-src 'self' data: blob:; connect-src 'self'; frame-src 'self'; object-src 'self';"
                    + " frame-ancestors 'self'; form-action 'self'; base-uri 'self'";

    /** The rate limit: per replica, or shared over the replicas through PostgreSQL when a sync interval is set. */
    @Bean
    Admission requestAdmission(SecuritySettings settings, JdbcTemplate jdbc) {
        var local = new RateLimiter(settings.requestsPerMinute(), System::nanoTime);
        if (settings.rateLimitSync().isZero()) {
            return local;
        }
        return new SharedRateLimiter(
                        local, new RequestCounts(jdbc), settings.requestsPerMinute(), System::currentTimeMillis)
                .syncEvery(settings.rateLimitSync());
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for command-line runs
    SecurityFilterChain api(
            HttpSecurity http,
            ApiKeys keys,
            UserAccounts accounts,
            WorkspaceAccess access,
            List<WorkspaceResources> owners,
            CsrfTokenRepository csrfTokens,
            SecurityContextRepository contexts,
            AuditLog audit,
            Admission admission,
            ObjectProvider<SingleSignOn> singleSignOn)
            throws Exception {
        var policy = new RequestPolicy(AccessRules.TABLE, access, owners);
        http.authorizeHttpRequests(requests -> requests
                        // streamed responses and error pages were authorized on their original request
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(
                                "/api/v1/session",
                                "/api/v1/session/providers",
                                "/error",
                                "/actuator/health/**",
                                "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers("/api/**", "/v1/**")
                        .access(policy)
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        // the single-page app and its client-side routes
                        .anyRequest()
                        .permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        // signing in needs no token (there is no session to ride on yet); keys are never
                        // sent by a browser on its own
                        .ignoringRequestMatchers(
                                PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/session"))
                        .ignoringRequestMatchers(BearerKeyFilter::hasBearer))
                .cors(Customizer.withDefaults()) // see CrossOriginPolicy
                .headers(headers -> headers
                        // the document view previews originals (PDF) in a frame of the app itself
                        .frameOptions(frame -> frame.sameOrigin())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .securityContext(context -> context.securityContextRepository(contexts))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ProblemResponses.unauthenticated())
                        .accessDeniedHandler(ProblemResponses.denied()))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .addFilterBefore(new BearerKeyFilter(keys, accounts), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new SessionAccountFilter(accounts), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new RateLimitFilter(admission), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new AuditedRequests(audit), AnonymousAuthenticationFilter.class);
        SingleSignOn sso = singleSignOn.getIfAvailable();
        if (sso != null) {
            sso.configure(http);
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today; the {id} prefix in each hash lets a stronger encoder take over without a migration
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(AccountDetails accounts, PasswordEncoder encoder) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        return new ProviderManager(provider);
    }

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        // readable by the single-page app, which echoes it in X-XSRF-TOKEN
        var repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }
}
