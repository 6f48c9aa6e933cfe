package dev.lectern.retrieval.web;

import dev.lectern.retrieval.SearchMode;
import java.util.Locale;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Accepts {@code mode=hybrid} as the API documents it, in any letter case. */
@Component
class SearchModeConverter implements Converter<String, SearchMode> {

    @Override
    public SearchMode convert(String source) {
        return SearchMode.valueOf(source.strip().toUpperCase(Locale.ROOT));
    }
}
