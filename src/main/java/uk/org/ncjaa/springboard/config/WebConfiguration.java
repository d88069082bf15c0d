package uk.org.ncjaa.springboard.config;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Static files only under their own folders. Boot's default serves them from {@code /**}, which
     * makes every link a page writes (each result, facet and entry link) a candidate for a
     * versioned static file, looked up on the classpath and never cached when missing: most of an
     * entry page's time went there with a large library.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl week = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();
        for (String folder : new String[] { "css", "js", "img" }) {
            registry.addResourceHandler("/" + folder + "/**")
                .addResourceLocations("classpath:/static/" + folder + "/")
                .setCacheControl(week)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/").setCacheControl(week);
        registry.addResourceHandler("/webjars/**")
            .addResourceLocations("classpath:/META-INF/resources/webjars/")
            .setCacheControl(week)
            .resourceChain(true)
            .addResolver(new LiteWebJarsResourceResolver());
    }
}
