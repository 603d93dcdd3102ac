package mx.captacion.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PlatformConfiguration {

    /** One clock for the domain, so tests and the seed replay can run on another time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
