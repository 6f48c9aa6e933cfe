package dev.lectern.identity;

import dev.lectern.identity.keys.ApiKey;
import dev.lectern.identity.keys.ApiKeys;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The names API keys were given, for reports that count calls per key; revoked keys keep theirs. */
@Component
public class KeyNames {

    private final ApiKeys keys;

    KeyNames(ApiKeys keys) {
        this.keys = keys;
    }

    /** Name by key id; an id that names no key is missing from the map. */
    public Map<UUID, String> of(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        for (UUID id : ids) {
            keys.find(id).map(ApiKey::name).ifPresent(name -> names.put(id, name));
        }
        return names;
    }
}
