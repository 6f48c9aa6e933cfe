package dev.lectern;

import dev.lectern.retrieval.evaluation.EvaluationCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/** Lectern: enterprise content and RAG platform with an in-process language model. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class LecternApplication {

    public static void main(String[] args) throws Exception {
        if (EvaluationCommand.handles(args)) {
            // the in-process models leave native threads behind: exit explicitly when the command is done
            System.exit(EvaluationCommand.run(LecternApplication.class, args));
        }
        SpringApplication.run(LecternApplication.class, args);
    }
}
