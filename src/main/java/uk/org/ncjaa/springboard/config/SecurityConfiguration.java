package uk.org.ncjaa.springboard.config;


import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.org.ncjaa.springboard.accounts.security.LoginFailureHandler;
import uk.org.ncjaa.springboard.accounts.security.LoginRateLimitFilter;
import uk.org.ncjaa.springboard.accounts.security.LoginSuccessHandler;
import uk.org.ncjaa.springboard.accounts.security.LogoutAudit;
import uk.org.ncjaa.springboard.accounts.security.SignIn;
import uk.org.ncjaa.springboard.accounts.security.TwoFactorGateFilter;
import uk.org.ncjaa.springboard.shared.limits.RateLimiter;

/**
 * Who may do what, by URL. Anything not listed needs a login, so a forgotten rule fails safe.
 * The authorisation matrix test checks every route against every role.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
            "connect-src 'self'",
            // the only frames: videos from the allowed hosts, which a visitor chooses to load
            "frame-src https://www.youtube-nocookie.com https://player.vimeo.com", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

    /** The newsletter's preview page frames the email from this site (which only this site may frame). */
    static final String PREVIEW_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("frame-src ", "frame-src 'self' ");

    /** Swagger UI sets some styles inline; its scripts still come from this site alone. */
    static final String API_DOCS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
            "style-src 'self' 'unsafe-inline'");

    /** Nothing in an API answer is meant to run or be framed: it is data. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static final String[] PUBLIC_PAGES = { "/", "/login", "/register", "/register/check-email", "/register/resend", "/join",
        "/verify", "/email/confirm", "/password/forgot", "/password/sent", "/password/reset", "/privacy", "/accessibility",
        "/evidence", "/evidence/**", "/directory", "/directory/**", "/events", "/events/**", "/bookings/**", "/mentoring", "/regions", "/regions/**",
        "/newsletter", "/newsletter/**", "/news", "/news/**", "/blog", "/blog/**", "/case-studies", "/case-studies/**", "/publications",
        "/publications/**", "/opportunities", "/opportunities/**", "/about", "/about/**", "/guidance", "/guidance/**", "/contact", "/feed",
        "/search", "/sitemap.xml", "/robots.txt", "/media/**", "/policy", "/policy/**", "/showcase", "/showcase/**",
        "/easy-read", "/easy-read/**" };

    /** Newsletter emails as HTML, which the preview page frames; they set their own policy. */
    private static final RequestMatcher EMAILS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/admin/newsletter/campaigns/*/preview.html"),
            PathPatternRequestMatcher.withDefaults().matcher("/newsletter/archive/*/email.html"));

    /** The staff page that shows a newsletter email in frames. */
    private static final RequestMatcher EMAIL_PREVIEW = PathPatternRequestMatcher.withDefaults()
        .matcher("/admin/newsletter/campaigns/*/preview");

    /** The open-data API, read-only and the same for everyone. */
    static final String[] PUBLIC_API = { "/api/v1/**" };

    /** The API's OpenAPI description and Swagger UI, to read and try it. */
    static final String[] API_DOCS = { "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
        "/swagger-ui/**" };

    /**
     * The API in a chain of its own: it reads no session and no cookie, so it needs no login and no
     * form token, and any site may call it. Anything under /api that is not listed is refused.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiProperties api, ApiProblems problems, RateLimiter buckets)
            throws Exception {
        http.securityMatcher("/api/**");
        http.authorizeHttpRequests(requests -> requests
            .requestMatchers(PUBLIC_API).permitAll()
            .anyRequest().denyAll());
        http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        // with no session or cookie read, a request forged from another site carries no authority to abuse
        http.csrf(csrf -> csrf.disable());
        http.cors(cors -> cors.configurationSource(openData()));
        http.addFilterAfter(new ApiRateLimitFilter(api.rateLimit(), problems, buckets), CorsFilter.class);
        AuthenticationEntryPoint refuse = (request, response, denied) -> problems.write(request, response,
                HttpStatus.FORBIDDEN, "This address is not part of the open API.");
        http.exceptionHandling(errors -> errors
            .authenticationEntryPoint(refuse)
            .accessDeniedHandler((request, response, denied) -> refuse.commence(request, response, null)));
        http.headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
            .frameOptions(frames -> frames.deny())
            .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    /** The API's description and Swagger UI: public, and the only pages that need a looser style policy. */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocsFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(API_DOCS);
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(API_DOCS_CONTENT_SECURITY_POLICY))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
            .frameOptions(frames -> frames.deny())
            .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    /** Open data: any site may read it from a browser, without credentials. */
    private static CorsConfigurationSource openData() {
        CorsConfiguration open = new CorsConfiguration();
        open.addAllowedOrigin("*");
        open.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
        open.addAllowedHeader("*");
        open.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER, HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.LINK,
                ApiRateLimitFilter.REMAINING));
        open.setAllowCredentials(false);
        open.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/v1/**", open);
        return source;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignIn signIn, LoginSuccessHandler loginSuccess,
            LoginFailureHandler loginFailure, LogoutAudit logoutAudit, LoginRateLimitFilter rateLimit, TwoFactorGateFilter twoFactorGate,
            SessionRegistry sessionRegistry, AuthenticationManager authenticationManager,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) throws Exception {
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
            // the payment provider's webhook: its signature, checked by the handler, stands in for a login
            .requestMatchers(org.springframework.http.HttpMethod.POST, "/payments/stripe/webhook").permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            // inside the public Evidence Library, submitting needs a member's account
            .requestMatchers("/evidence/submit", "/evidence/submit/**", "/evidence/submissions", "/evidence/saved",
                    "/evidence/saved/**").hasRole("MEMBER")
            // inside the public directory, looking after a listing needs a member's account (and the listing checks whose it is)
            .requestMatchers("/directory/new", "/directory/manage", "/directory/manage/**", "/directory/invitations/**")
                .hasRole("MEMBER")
            .requestMatchers("/share", "/share/**").hasRole("MEMBER")
            // inside the public showcase, sending and managing works needs a member's account (and the work checks whose it is)
            .requestMatchers("/showcase/submit", "/showcase/manage", "/showcase/manage/**").hasRole("MEMBER")
            // "/mentoring/**" would match "/mentoring" itself, the scheme's public page
            .requestMatchers("/mentoring").permitAll()
            .requestMatchers("/mentoring/**").hasRole("MEMBER")
            // inside the public policy section, raising an issue for the Arts Forum and the forum members' view need an account
            .requestMatchers("/policy/arts-forum/propose", "/policy/arts-forum/proposals", "/policy/arts-forum/meetings/*/members")
                .hasRole("MEMBER")
            .requestMatchers(PUBLIC_PAGES).permitAll()
            .requestMatchers("/login/two-factor").hasAuthority(SignIn.FACTOR_PENDING)
            .requestMatchers("/admin/accounts/**", "/admin/audit/**", "/admin/outbox/**", "/admin/accounts", "/admin/audit",
                    "/admin/outbox").hasRole("ADMIN")
            // the CRM holds every member's personal data: admins only
            .requestMatchers("/admin/members", "/admin/members/**").hasRole("ADMIN")
            // the subscriber list is personal data too; editors write and send campaigns without it
            .requestMatchers("/admin/newsletter/subscribers", "/admin/newsletter/subscribers/**").hasRole("ADMIN")
            // special-category data: its own role, which no other role implies
            .requestMatchers("/admin/equality", "/admin/equality/**").hasRole("EQUALITY_ANALYST")
            .requestMatchers("/admin", "/admin/**").hasRole("EDITOR")
            .requestMatchers("/account", "/account/**", "/members", "/members/**").hasRole("MEMBER")
            // an address nothing serves: the "not found" page, not a login that leads nowhere
            .requestMatchers(new UnmappedRequests(mappings)).permitAll()
            .anyRequest().authenticated());

        // the webhook carries no session or cookie; its signature is its proof
        // likewise the bounce webhook; and a mail client's one-click unsubscribe (RFC 8058) carries no form token,
        // its signed link is the proof
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/payments/stripe/webhook", "/newsletter/bounces/**",
                "/newsletter/unsubscribe/**"));
        http.formLogin(login -> login
            .loginPage("/login")
            .usernameParameter("email")
            .passwordParameter("password")
            .successHandler(loginSuccess)
            .failureHandler(loginFailure)
            .permitAll());
        http.logout(logout -> logout
            .logoutUrl("/logout")
            .addLogoutHandler(logoutAudit)
            .logoutSuccessHandler(loggedOut())
            .deleteCookies("JSESSIONID"));
        http.securityContext(context -> context.securityContextRepository(signIn.contextRepository()));
        http.sessionManagement(sessions -> sessions
            .sessionFixation(fixation -> fixation.changeSessionId())
            .maximumSessions(-1)
            .sessionRegistry(sessionRegistry)
            .expiredUrl("/login?expired"));
        http.exceptionHandling(errors -> errors.accessDeniedHandler(accessDenied()));
        http.addFilterBefore(rateLimit, UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(twoFactorGate, AuthorizationFilter.class);

        http.headers(headers -> headers
            // an email sets its own policy (frame-ancestors 'self'), which these leave alone; only the preview page may frame
            // this site's pages, and it frames nothing else but the video hosts every page allows
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(EMAIL_PREVIEW),
                    new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(EMAIL_PREVIEW,
                    new ContentSecurityPolicyHeaderWriter(PREVIEW_CONTENT_SECURITY_POLICY)))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
            // no page may be framed, except a newsletter email by the preview page of this site
            .frameOptions(frames -> frames.disable())
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(EMAILS),
                    new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(EMAILS,
                    new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.SAMEORIGIN)))
            .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        // Account status is checked only after the password, so "not verified yet" tells nothing to a guesser.
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ProviderManager(provider);
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_EDITOR
                ROLE_EDITOR > ROLE_MEMBER
                ROLE_ORGANISATION_ADMIN > ROLE_MEMBER
                ROLE_EQUALITY_ANALYST > ROLE_MEMBER""");
    }

    /** A stale form (expired session or a forged request) gets a page that says what to do. */
    private static AccessDeniedHandler accessDenied() {
        return (request, response, denied) -> {
            if (denied instanceof CsrfException) {
                request.setAttribute(ErrorPages.REASON, "csrf");
            }
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        };
    }

    private static LogoutSuccessHandler loggedOut() {
        return (HttpServletRequest request, HttpServletResponse response, org.springframework.security.core.Authentication auth)
                -> response.sendRedirect(request.getContextPath() + "/?loggedOut");
    }


}
