package dev.lectern.studio;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts a scripted model in place of the real one; the studio API tests share this application. */
@TestConfiguration
public class ScriptedModelConfiguration {

    @Bean
    @Primary
    ScriptedChatModel scriptedChatModel() {
        return new ScriptedChatModel();
    }
}
