package org.onewindow.hall;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A strict reader over one node of a YAML file: typed getters and a check for unknown keys, each
 * failing with a {@link ConfigException} that names the file and the line of the offending node.
 *
 * <p>It reads SnakeYAML's composed nodes, not constructed Java objects, so every value keeps its line
 * and its text as written: an unquoted {@code close: 17:30} stays "17:30" although YAML 1.1 would
 * construct the number 1050 from it, and a counter id written {@code 1} reads as "1".
 * Text getters accept any non-empty scalar; number getters insist on a YAML number.
 */
public final class YamlNode {
    private final Node node;
    private final String source;
    private final String name;
    private Map<String, YamlNode> entries;

    private YamlNode(Node node, String source, String name) {
        this.node = node;
        this.source = source;
        this.name = name;
    }

    /** Composes one YAML document; a syntax error or an empty document is a ConfigException. */
    public static YamlNode parse(Reader reader, String source) {
        Node root;
        try {
            root = new Yaml().compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            throw new ConfigException(source, mark == null ? 1 : mark.getLine() + 1,
                    "YAML syntax: " + context + e.getProblem());
        } catch (YAMLException e) {
            throw new ConfigException(source, 1, "YAML syntax: " + e.getMessage());
        }
        if (root == null) {
            throw new ConfigException(source, 1, "the file is empty");
        }
        return new YamlNode(root, source, "the document");
    }

    public static YamlNode parse(String text, String source) {
        return parse(new StringReader(text), source);
    }

    public String source() {
        return source;
    }

    /** 1-based line where this node starts. */
    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    /** The key this node was found under ("prefix"), or "<key> entry" for an element of a list. */
    public String name() {
        return name;
    }

    /** A problem with this node, at its line. */
    public ConfigException problem(String message) {
        return new ConfigException(source, line(), message);
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean isSequence() {
        return node instanceof SequenceNode;
    }

    public boolean isNull() {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    // ---- mappings

    /**
     * Checks that this mapping has every required key and no key outside required and optional;
     * an unknown key is reported at its own line with the allowed ones listed.
     */
    public YamlNode expectKeys(Collection<String> required, Collection<String> optional) {
        Map<String, YamlNode> map = mapping();
        for (Map.Entry<String, YamlNode> entry : map.entrySet()) {
            String key = entry.getKey();
            if (!required.contains(key) && !optional.contains(key)) {
                List<String> allowed = new ArrayList<>(required);
                allowed.addAll(optional);
                throw keyProblem(key, "unknown key '" + key + "' in " + name
                        + " (allowed: " + String.join(", ", allowed) + ")");
            }
        }
        for (String key : required) {
            if (!map.containsKey(key)) {
                throw problem(name + " is missing '" + key + "'");
            }
        }
        return this;
    }

    public boolean has(String key) {
        return mapping().containsKey(key);
    }

    /** The value under a key that must be there with a value. */
    public YamlNode get(String key) {
        YamlNode value = mapping().get(key);
        if (value == null) {
            throw problem(name + " is missing '" + key + "'");
        }
        if (value.isNull()) {
            throw keyProblem(key, key + " has no value");
        }
        return value;
    }

    /** The value under a key, empty when the key is left out or has no value. */
    public Optional<YamlNode> find(String key) {
        YamlNode value = mapping().get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** This mapping's keys in file order. */
    public Set<String> keys() {
        return mapping().keySet();
    }

    private Map<String, YamlNode> mapping() {
        if (entries != null) {
            return entries;
        }
        if (!(node instanceof MappingNode mappingNode)) {
            throw problem(name + " must be a mapping (key: value), got " + describe());
        }
        Map<String, YamlNode> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mappingNode.getValue()) {
            YamlNode key = new YamlNode(tuple.getKeyNode(), source, "a key of " + name);
            String text = key.text();
            if (map.containsKey(text)) {
                throw key.problem("duplicate key '" + text + "' in " + name);
            }
            map.put(text, new YamlNode(tuple.getValueNode(), source, text));
        }
        entries = map;
        return map;
    }

    private ConfigException keyProblem(String key, String message) {
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                return new ConfigException(source, scalar.getStartMark().getLine() + 1, message);
            }
        }
        return problem(message);
    }

    // ---- sequences

    /** The elements of a list. */
    public List<YamlNode> items() {
        if (!(node instanceof SequenceNode sequence)) {
            throw problem(name + " must be a list, got " + describe());
        }
        List<YamlNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new YamlNode(item, source, name + " entry"));
        }
        return items;
    }

    /** The elements of a list that must not be empty. */
    public List<YamlNode> nonEmptyItems() {
        List<YamlNode> items = items();
        if (items.isEmpty()) {
            throw problem(name + " must not be empty");
        }
        return items;
    }

    /** A list of texts, e.g. {@code [tax, "*"]}. */
    public List<String> texts() {
        return items().stream().map(YamlNode::text).toList();
    }

    // ---- scalars

    /** A scalar's text exactly as written (numbers and dates included); empty text is refused. */
    public String text() {
        if (!(node instanceof ScalarNode scalar) || isNull()) {
            throw problem(name + " must be a single value, got " + describe());
        }
        String text = scalar.getValue().strip();
        if (text.isEmpty()) {
            throw problem(name + " must not be empty");
        }
        return text;
    }

    /** Text that must match a pattern, e.g. ids; {@code shape} says what was expected. */
    public String text(Pattern pattern, String shape) {
        String text = text();
        if (!pattern.matcher(text).matches()) {
            throw problem(name + " '" + text + "' must be " + shape);
        }
        return text;
    }

    /** A YAML number (int or float). */
    public double number() {
        requireTag(Tag.INT, Tag.FLOAT, "a number");
        try {
            return Double.parseDouble(text().replace("_", ""));
        } catch (NumberFormatException e) {
            throw problem(name + " must be a number, got " + describe());
        }
    }

    /** A YAML integer in decimal. */
    public int integer() {
        requireTag(Tag.INT, Tag.INT, "a whole number");
        try {
            return Integer.parseInt(text().replace("_", ""));
        } catch (NumberFormatException e) {
            throw problem(name + " must be a whole number, got " + describe());
        }
    }

    private void requireTag(Tag one, Tag other, String what) {
        if (!(node instanceof ScalarNode) || !(one.equals(node.getTag()) || other.equals(node.getTag()))) {
            throw problem(name + " must be " + what + ", got " + describe());
        }
    }

    private String describe() {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return isNull() ? "nothing" : "'" + ((ScalarNode) node).getValue() + "'";
    }
}
