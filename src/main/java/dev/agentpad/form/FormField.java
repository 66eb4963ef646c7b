package dev.agentpad.form;

import dev.agentpad.check.Diagnostic;
import dev.agentpad.dialect.FieldSpec;
import java.util.List;
import java.util.Optional;

/**
 * One row of the form: the key, its field in the dialect (null for a key the dialect does not know), the control,
 * the value to show, the checker's problems with this key, and for an unknown key the key it probably meant.
 */
public record FormField(String key, FieldSpec spec, Widget widget, FieldValue value, List<Diagnostic> diagnostics,
                        Optional<String> didYouMean) {

    public FormField {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean isKnown() {
        return spec != null;
    }

    public boolean isPresent() {
        return !(value instanceof FieldValue.Absent);
    }

    /** True when the control can edit the value (false for values it would have to guess at). */
    public boolean isEditable() {
        return !(value instanceof FieldValue.Unreadable) && !(value instanceof FieldValue.Raw raw && !raw.scalar());
    }

    public String doc() {
        return spec == null ? "Not a key this tool knows; kept as written." : spec.doc();
    }
}
