package uk.org.ncjaa.springboard.accounts.domain;

public enum AuditEventType {

    REGISTERED("Registered"),
    EMAIL_VERIFIED("Email verified"),
    LOGIN_SUCCEEDED("Logged in"),
    LOGIN_FAILED("Login failed"),
    RATE_LIMITED("Too many attempts"),
    LOGGED_OUT("Logged out"),
    TWO_FACTOR_SUCCEEDED("Two-factor code accepted"),
    TWO_FACTOR_FAILED("Two-factor code refused"),
    TWO_FACTOR_ENABLED("Two-factor turned on"),
    TWO_FACTOR_DISABLED("Two-factor turned off"),
    RECOVERY_CODE_USED("Recovery code used"),
    PASSWORD_RESET_REQUESTED("Password reset requested"),
    PASSWORD_RESET("Password reset"),
    PASSWORD_CHANGED("Password changed"),
    EMAIL_CHANGE_REQUESTED("Email change requested"),
    EMAIL_CHANGED("Email changed"),
    ROLES_CHANGED("Roles changed"),
    ROLE_GRANTED("Role given"),
    ROLE_REMOVED("Role taken away"),
    ROLE_CHANGE_REFUSED("Role change refused"),
    ADMIN_CREATED("First admin created"),
    ACCOUNT_DELETED("Account deleted"),
    MEMBER_RECORD_VIEWED("Member's CRM record viewed"),
    PERSONAL_DATA_EXPORTED("Personal data exported as CSV");

    private final String label;

    AuditEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
