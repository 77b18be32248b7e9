package org.policysearch.parse;

import java.util.List;
import java.util.Map;
import org.policysearch.task.Role;

/**
 * A task as read from the text, before its agencies are resolved against the registry.
 *
 * @param units agency units as written by role, a shared prefix not yet expanded
 */
public record TaskDraft(int number, String label, String section, String title, String text,
                        Map<Role, List<String>> units, int line) {
}
