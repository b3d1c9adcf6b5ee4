package org.clientportal.application.operator;

/** A new operator with an initial password they are expected to change. */
public record AddOperatorCommand(String email, String name, String role, String password) {

    @Override
    public String toString() {
        return "AddOperatorCommand[email=" + email + ", name=" + name + ", role=" + role + ", password=***]";
    }
}
