package dev.agentpad.dialect;

import dev.agentpad.resources.Resources;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Tool and model names that mean the same thing in different dialects (data: {@code conversions.yaml}). */
public final class Equivalents {

    private final List<Map<String, String>> tools;
    private final List<Map<String, String>> models;

    private Equivalents(List<Map<String, String>> tools, List<Map<String, String>> models) {
        this.tools = tools;
        this.models = models;
    }

    @SuppressWarnings("unchecked")
    public static Equivalents standard() {
        Map<String, Object> data = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Resources.required("/dev/agentpad/dialect/conversions.yaml"));
        return new Equivalents((List<Map<String, String>>) data.get("tools"), (List<Map<String, String>>) data.get("models"));
    }

    public Optional<String> tool(String name, String from, String to) {
        return find(tools, name, from, to);
    }

    public Optional<String> model(String name, String from, String to) {
        return find(models, name, from, to);
    }

    private static Optional<String> find(List<Map<String, String>> rows, String name, String from, String to) {
        return rows.stream().filter(r -> name.equals(r.get(from)) && r.get(to) != null).map(r -> r.get(to)).findFirst();
    }
}
