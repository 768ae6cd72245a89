package org.citygov.domain.project;

import org.citygov.domain.shared.Ids;

/** Who did something to a project: a person or a system, by name. */
public record Actor(String name) {
    public Actor {
        name = Ids.requireText(name, "actor name");
    }

    public static Actor of(String name) {
        return new Actor(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
