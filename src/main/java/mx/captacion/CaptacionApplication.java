package mx.captacion;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import mx.captacion.platform.ReencryptingBlobs;

@SpringBootApplication
public class CaptacionApplication {

    public static void main(String[] args) {
        if (ReencryptingBlobs.requested(args)) {
            System.exit(ReencryptingBlobs.run(args));
        }
        SpringApplication.run(CaptacionApplication.class, args);
    }
}
