package dev.lectern.ingestion.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.SAXParserFactory;
import org.apache.tika.sax.ToXMLContentHandler;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class HocrLayoutTests {

    /** Tesseract's blocks for a two-column table under a title: the second column comes as a block of its own. */
    static final String TABLE_READ_BY_COLUMNS = """
            <div class="ocr_page" title="bbox 0 0 1400 700">
             <div class="ocr_carea"><p class="ocr_par">
              <span class="ocr_line"><span class="ocrx_word" title="bbox 80 50 250 90">Price</span>
               <span class="ocrx_word" title="bbox 265 50 340 90">list</span></span>
             </p></div>
             <div class="ocr_carea"><p class="ocr_par">
              <span class="ocr_line"><span class="ocrx_word" title="bbox 80 150 200 190">Item</span></span>
              <span class="ocr_line"><span class="ocrx_word" title="bbox 80 220 200 260">Apples</span></span>
              <span class="ocr_line"><span class="ocrx_word" title="bbox 80 290 200 330">Pears</span></span>
             </p></div>
             <div class="ocr_carea"><p class="ocr_par">
              <span class="ocr_textfloat"><span class="ocrx_word" title="bbox 80 400 200 440">Prices</span>
               <span class="ocrx_word" title="bbox 215 400 300 440">include</span>
               <span class="ocrx_word" title="bbox 315 400 380 440">tax.</span></span>
             </p></div>
             <div class="ocr_carea"><p class="ocr_par">
              <span class="ocr_line"><span class="ocrx_word" title="bbox 600 152 700 188">Euro</span></span>
              <span class="ocr_line"><span class="ocrx_word" title="bbox 600 222 660 258">2.40</span></span>
              <span class="ocr_line"><span class="ocrx_word" title="bbox 600 292 660 328">3.10</span></span>
             </p></div>
            </div>""";

    @Test
    void aTableReadColumnByColumnComesBackAsRowsInPlaceOfItsFirstParagraph() throws Exception {
        String xhtml = layout("<body>" + TABLE_READ_BY_COLUMNS + "</body>");

        assertThat(xhtml.replaceAll("\\s+", ""))
                .isEqualTo("<body><p>Pricelist</p>"
                        + "<table><tr><td>Item</td><td>Euro</td></tr><tr><td>Apples</td><td>2.40</td></tr>"
                        + "<tr><td>Pears</td><td>3.10</td></tr></table>"
                        + "<p>Pricesincludetax.</p></body>");
        assertThat(xhtml).contains("<p>Price list</p>", "<p>Prices include tax.</p>");
    }

    @Test
    void proseKeepsTesseractsLinesAndOrder() throws Exception {
        String xhtml = layout("""
                <body><div class="ocr_page"><p class="ocr_par">
                 <span class="ocr_line"><span class="ocrx_word" title="bbox 80 50 200 90">Minutes</span>
                  <span class="ocrx_word" title="bbox 215 50 260 90">of</span>
                  <span class="ocrx_word" title="bbox 275 50 340 90">the</span></span>
                 <span class="ocr_line"><span class="ocrx_word" title="bbox 80 110 200 150">harbour</span>
                  <span class="ocrx_word" title="bbox 215 110 320 150">board</span></span>
                </p></div></body>""");

        assertThat(xhtml).contains("<p>Minutes of the\nharbour board</p>").doesNotContain("<table>");
    }

    @Test
    void aWordInAKindOfLineItDoesNotKnowIsKept() throws Exception {
        String xhtml = layout("""
                <body><div class="ocr_page"><p class="ocr_par">
                 <span class="ocr_something_new"><span class="ocrx_word" title="bbox 80 50 200 90">Kept</span></span>
                </p></div></body>""");

        assertThat(xhtml).contains("<p>Kept</p>");
    }

    @Test
    void whatIsNotAnOcrPagePassesThroughUntouched() throws Exception {
        String xhtml = layout("<body><h1>Report</h1><p class=\"x\">Plain <b>text</b></p></body>");

        assertThat(xhtml).isEqualTo("<body><h1>Report</h1><p class=\"x\">Plain <b>text</b></p></body>");
    }

    /** The page through HocrLayout, written out again; the body's XHTML namespace is added in and left out. */
    private static String layout(String body) throws Exception {
        String xhtml = body.replaceFirst("<body>", "<body xmlns=\"http://www.w3.org/1999/xhtml\">");
        ToXMLContentHandler out = new ToXMLContentHandler();
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        var reader = factory.newSAXParser().getXMLReader();
        reader.setContentHandler(new HocrLayout(out));
        reader.parse(new InputSource(new StringReader(xhtml)));
        return out.toString().replaceFirst("<body[^>]*>", "<body>");
    }
}
