package org.clientportal.adapters.http.operator;

public record AddOperatorRequest(String email, String name, String role, String password) {

    @Override
    public String toString() {
        return "AddOperatorRequest[email=" + email + ", name=" + name + ", role=" + role + ", password=***]";
    }
}
