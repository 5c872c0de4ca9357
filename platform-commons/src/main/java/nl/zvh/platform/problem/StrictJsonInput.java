package nl.zvh.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Stricter JSON input than Jackson's defaults: text containing a NUL character (U+0000) is a client error naming the
 * field (400 problem, "has the wrong format"; PostgreSQL cannot store it, it would fail as a 500 at the database), and
 * anything after the body's JSON value (e.g. two objects) makes the body malformed instead of being ignored.
 */
@Singleton
public class StrictJsonInput implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("zvh-no-nul").addDeserializer(String.class, new NulFree()));
    }

    static final class NulFree extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(p, "contains a NUL character", value, String.class);
            }
            return value;
        }
    }
}
