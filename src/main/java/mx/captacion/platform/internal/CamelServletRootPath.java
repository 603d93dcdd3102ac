package mx.captacion.platform.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Camel servlet serves {@code /api/v1/records/*}; a request for the bare
 * {@code /api/v1/records} reaches it without a path info, which Camel's consumer lookup cannot
 * match. Give such requests the root path, so {@code POST /api/v1/records} works as documented.
 */
@Configuration
class CamelServletRootPath {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> camelServletRootPathFilter(
            @Value("${camel.servlet.mapping.context-path}") String contextPath) {
        String root = contextPath.endsWith("/*") ? contextPath.substring(0, contextPath.length() - 2) : contextPath;
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request.getPathInfo() != null ? request : new HttpServletRequestWrapper(request) {
                    @Override
                    public String getPathInfo() {
                        return "/";
                    }
                }, response);
            }
        });
        registration.addUrlPatterns(root);
        return registration;
    }
}
