package mx.captacion;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CaptacionApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaptacionApplication.class, args);
    }
}
