package org.onewindow.api;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A request body read strictly: a JSON object with only the named fields, each of the right type. */
final class JsonBody {
    private final JsonObject json;

    private JsonBody(JsonObject json) {
        this.json = json;
    }

    static JsonBody of(RoutingContext ctx, String... allowed) {
        String text = ctx.body() == null ? null : ctx.body().asString();
        if (text == null || text.isBlank()) {
            text = "{}";
        }
        Object parsed;
        try {
            parsed = io.vertx.core.json.Json.decodeValue(text);
        } catch (DecodeException e) {
            throw ApiException.badRequest("the body is not valid JSON");
        }
        if (!(parsed instanceof JsonObject object)) {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        Set<String> known = Set.of(allowed);
        for (String field : object.fieldNames()) {
            if (!known.contains(field)) {
                throw ApiException.badRequest("unknown field '" + field + "' (allowed: " + String.join(", ", allowed) + ")");
            }
        }
        return new JsonBody(object);
    }

    boolean has(String field) {
        return json.getValue(field) != null;
    }

    String requiredString(String field) {
        String value = optionalString(field, null);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("'" + field + "' is required");
        }
        return value;
    }

    String optionalString(String field, String fallback) {
        Object value = json.getValue(field);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof String text)) {
            throw ApiException.badRequest("'" + field + "' must be a string");
        }
        return text;
    }

    boolean optionalBoolean(String field, boolean fallback) {
        Object value = json.getValue(field);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean flag)) {
            throw ApiException.badRequest("'" + field + "' must be true or false");
        }
        return flag;
    }

    /** One of the given words, or the fallback when absent. */
    String oneOf(String field, String fallback, String... words) {
        String value = optionalString(field, fallback);
        if (value != null && !List.of(words).contains(value)) {
            throw ApiException.badRequest("'" + field + "' must be one of " + String.join(", ", words));
        }
        return value;
    }

    int requiredInt(String field) {
        Object value = json.getValue(field);
        if (value == null) {
            throw ApiException.badRequest("'" + field + "' is required");
        }
        if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() != ((Number) value).intValue()) {
            throw ApiException.badRequest("'" + field + "' must be a whole number");
        }
        return ((Number) value).intValue();
    }

    List<String> stringList(String field, boolean required) {
        Object value = json.getValue(field);
        if (value == null) {
            if (required) {
                throw ApiException.badRequest("'" + field + "' is required");
            }
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw ApiException.badRequest("'" + field + "' must be a list of strings");
        }
        List<String> strings = new ArrayList<>();
        for (Object item : array) {
            if (!(item instanceof String text)) {
                throw ApiException.badRequest("'" + field + "' must be a list of strings");
            }
            strings.add(text);
        }
        return strings;
    }
}
