package mx.captacion;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import mx.captacion.platform.ReencryptingBlobs;

// Every module's *Settings record (@ConfigurationProperties), without a configuration class per module
@SpringBootApplication
@ConfigurationPropertiesScan
public class CaptacionApplication {

    public static void main(String[] args) {
        if (ReencryptingBlobs.requested(args)) {
            System.exit(ReencryptingBlobs.run(args));
        }
        SpringApplication.run(CaptacionApplication.class, args);
    }
}
