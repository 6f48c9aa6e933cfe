package dev.lectern;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/** Lectern: enterprise content and RAG platform with an in-process language model. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class LecternApplication {

    public static void main(String[] args) {
        SpringApplication.run(LecternApplication.class, args);
    }
}
