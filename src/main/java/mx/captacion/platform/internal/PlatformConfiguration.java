package mx.captacion.platform.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import mx.captacion.platform.PlatformClock;

@Configuration
class PlatformConfiguration {

    /** One clock for the domain; the seed replay pins it per thread (see {@link PlatformClock}). */
    @Bean
    PlatformClock clock() {
        return new PlatformClock();
    }
}
