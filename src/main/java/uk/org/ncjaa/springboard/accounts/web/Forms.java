package uk.org.ncjaa.springboard.accounts.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The accounts forms. Passwords are checked by {@link Passwords} so the messages stay plain. */
final class Forms {

    private Forms() {
    }

    static class Registration {

        @NotBlank(message = "{accounts.forms.name.missing}")
        @Size(max = 100, message = "{accounts.forms.name.long}")
        private String displayName;

        @NotBlank(message = "{accounts.forms.email.missing}")
        @Email(message = "{accounts.forms.email.invalid}")
        @Size(max = 254, message = "{accounts.forms.email.long}")
        private String email;

        private String password;

        @AssertTrue(message = "{accounts.forms.privacy.missing}")
        private boolean agree;

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public boolean isAgree() {
            return agree;
        }

        public void setAgree(boolean agree) {
            this.agree = agree;
        }
    }

    static class EmailOnly {

        @NotBlank(message = "{accounts.forms.email.missing}")
        @Email(message = "{accounts.forms.email.invalid}")
        @Size(max = 254, message = "{accounts.forms.email.long}")
        private String email;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    static class NewPassword {

        private String token;

        private String password;

        public String getToken() {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    static class ChangePassword {

        @NotBlank(message = "{accounts.forms.password.current.missing}")
        private String currentPassword;

        private String newPassword;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }
    }

    static class ChangeEmail {

        @NotBlank(message = "{accounts.forms.email.new.missing}")
        @Email(message = "{accounts.forms.email.invalid}")
        @Size(max = 254, message = "{accounts.forms.email.long}")
        private String newEmail;

        @NotBlank(message = "{accounts.forms.password.current.missing}")
        private String currentPassword;

        public String getNewEmail() {
            return newEmail;
        }

        public void setNewEmail(String newEmail) {
            this.newEmail = newEmail;
        }

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }
    }

    static class ConfirmWithPassword {

        @NotBlank(message = "{accounts.forms.password.missing}")
        private String password;

        @AssertTrue(message = "{accounts.forms.confirm.missing}")
        private boolean confirm;

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public boolean isConfirm() {
            return confirm;
        }

        public void setConfirm(boolean confirm) {
            this.confirm = confirm;
        }
    }

    static class Code {

        @NotBlank(message = "{accounts.forms.code.missing}")
        @Size(max = 20, message = "{accounts.forms.code.long}")
        private String code;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }
    }
}
