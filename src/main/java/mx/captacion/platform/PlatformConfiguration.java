package mx.captacion.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PlatformConfiguration {

    /** One clock for the domain; the seed replay pins it per thread (see {@link PlatformClock}). */
    @Bean
    PlatformClock clock() {
        return new PlatformClock();
    }
}
