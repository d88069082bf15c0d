package uk.org.ncjaa.springboard.accounts;

import java.util.EnumSet;
import java.util.Set;

/** What an account may do. Visitors who are not logged in have no role. */
public enum Role {

    MEMBER("Member"),
    ORGANISATION_ADMIN("Organisation admin"),
    EDITOR("Editor"),
    ADMIN("Admin"),
    /** Reads equality monitoring, only ever as counts: a role of its own, since no other role may see it. */
    EQUALITY_ANALYST("Equality monitoring analyst");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return this == EDITOR || this == ADMIN || this == EQUALITY_ANALYST;
    }

    public static Set<Role> staff() {
        return EnumSet.of(EDITOR, ADMIN, EQUALITY_ANALYST);
    }
}
