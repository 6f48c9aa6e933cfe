package dev.lectern.ingestion.parsing;

import static dev.lectern.ingestion.parsing.Samples.allText;
import static dev.lectern.ingestion.parsing.Samples.parseSample;
import static dev.lectern.ingestion.parsing.Samples.sample;
import static dev.lectern.ingestion.parsing.Samples.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.ingestion.parsing.Block.BlockKind;
import dev.lectern.ingestion.parsing.ParsedDocument.Attachment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** E-mails: the body becomes blocks and the attachments become files of their own. */
class EmailParsingTests {

    static final TikaDocumentParser parser = new TikaDocumentParser(TesseractAvailability.fixed(false));

    @AfterAll
    static void close() {
        parser.close();
    }

    @Test
    void readsTheBodyOfAnEmlAndKeepsItsAttachmentAside() throws Exception {
        ParsedDocument email = parseSample(parser, "eml/fake-email-attachment.eml");

        assertThat(email.mediaType()).isEqualTo("message/rfc822");
        assertThat(email.title()).isEqualTo("Fake email with attachment");
        assertThat(texts(email, BlockKind.PARAGRAPH)).contains("Hello!", "Here's the attachments!", "Mallori");
        assertThat(texts(email, BlockKind.LIST_ITEM))
                .containsExactly("Lots of whitespace", "Little to no content", "and is a quick read");
        assertThat(email.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.fileName()).isEqualTo("fake-attachment.txt");
            assertThat(new String(attachment.content(), StandardCharsets.US_ASCII))
                    .contains("Hey this is a fake attachment!");
        });
        // the attachment becomes a document of its own, so its text is not in the e-mail's body
        assertThat(allText(email)).doesNotContain("fake attachment");
    }

    @Test
    void readsTheBodyOfAnOutlookMessageAndKeepsItsAttachmentAside() throws Exception {
        ParsedDocument email = parseSample(parser, "fake-email-attachment.msg");

        assertThat(email.mediaType()).isEqualTo("application/vnd.ms-outlook");
        assertThat(email.title()).isEqualTo("Fake email with attachment");
        assertThat(texts(email, BlockKind.PARAGRAPH)).contains("From: Mallori Harrell", "Hello!");
        assertThat(texts(email, BlockKind.LIST_ITEM)).contains("Little to no content");
        assertThat(email.attachments()).extracting(Attachment::fileName).containsExactly("fake-attachment.txt");
        assertThat(email.attachments().getFirst().content()).isNotEmpty();
        assertThat(allText(email)).doesNotContain("fake attachment");
    }

    @Test
    void readsAnEmailWithoutAttachments() throws Exception {
        ParsedDocument email = parseSample(parser, "eml/fake-email.eml");

        assertThat(email.attachments()).isEmpty();
        assertThat(email.blocks()).isNotEmpty();
    }

    @Test
    void recognisesAnEmailSavedAsText() throws Exception {
        ParsedDocument email = parseSample(parser, "fake-email.txt");

        assertThat(email.mediaType()).isEqualTo("message/rfc822");
        assertThat(texts(email, BlockKind.LIST_ITEM)).containsExactly("Roses are red", "Violets are blue");
    }

    @Test
    void takesNoMoreAttachmentsThanTheLimit() throws Exception {
        ParseLimits none = new ParseLimits(1_000_000, 3, Duration.ofMinutes(1), 0);

        ParsedDocument email = parser.parse(sample("eml/fake-email-attachment.eml"), "mail.eml", none);

        assertThat(email.attachments()).isEmpty();
        assertThat(texts(email, BlockKind.PARAGRAPH)).contains("Hello!");
    }
}
