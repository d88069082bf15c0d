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

        @NotBlank(message = "Enter your name")
        @Size(max = 100, message = "Keep your name under 100 characters")
        private String displayName;

        @NotBlank(message = "Enter your email address")
        @Email(message = "Enter an email address like name@example.org")
        @Size(max = 254, message = "Enter an email address under 254 characters")
        private String email;

        private String password;

        @AssertTrue(message = "Tick the box to say you have read the privacy notice")
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

        @NotBlank(message = "Enter your email address")
        @Email(message = "Enter an email address like name@example.org")
        @Size(max = 254, message = "Enter an email address under 254 characters")
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

        @NotBlank(message = "Enter your current password")
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

        @NotBlank(message = "Enter your new email address")
        @Email(message = "Enter an email address like name@example.org")
        @Size(max = 254, message = "Enter an email address under 254 characters")
        private String newEmail;

        @NotBlank(message = "Enter your current password")
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

        @NotBlank(message = "Enter your password")
        private String password;

        @AssertTrue(message = "Tick the box to confirm")
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

        @NotBlank(message = "Enter the code")
        @Size(max = 20, message = "Enter the 6-digit code or a recovery code")
        private String code;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }
    }
}
