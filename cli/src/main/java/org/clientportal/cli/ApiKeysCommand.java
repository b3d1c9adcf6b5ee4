package org.clientportal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "api-keys", description = "The agency's API keys (never their secrets), revoked ones included.",
        subcommands = picocli.CommandLine.HelpCommand.class)
final class ApiKeysCommand {

    private final Resource keys;

    ApiKeysCommand(Context context) {
        this.keys = new Resource(context, "/api/v1/api-keys",
                Column.fields("id", "name", "role", "scopes", "createdBy", "createdAt", "expiresAt", "lastUsedAt", "revokedAt"),
                java.util.List.of());
    }

    @Command(name = "list", description = "List API keys, newest first.", footerHeading = "%nExamples:%n",
            footer = {"  portal api-keys list", "  portal api-keys list --json | jq -r '.items[] | select(.revokedAt == null) | .name'"})
    void list(@Mixin ListOptions options) {
        keys.list(Query.of(), options);
    }
}
