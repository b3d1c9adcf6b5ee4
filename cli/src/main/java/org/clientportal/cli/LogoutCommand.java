package org.clientportal.cli;

import picocli.CommandLine.Command;

@Command(name = "logout", description = "Revoke the stored API key at the portal and remove it from the config directory.",
        footerHeading = "%nExamples:%n", footer = "  portal logout")
final class LogoutCommand implements Runnable {

    private final Context context;

    LogoutCommand(Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        ConfigStore store = context.configStore();
        StoredLogin login = store.load().orElseThrow(() -> new CliFailure(ExitCode.AUTH,
                "error: not signed in: there is no stored login in " + store.file()));
        String outcome = "the API key was revoked";
        try {
            ApiClient.withApiKey(Context.baseUri(login.url()), login.apiKey())
                    .delete("/api/v1/api-keys/" + Resource.segment(login.keyId()));
        } catch (CliFailure refused) {
            // A key the portal no longer takes (revoked elsewhere, expired) is as good as revoked; any
            // other failure keeps the file, so that logout can be run again once the portal answers.
            if (refused.exitCode() != ExitCode.AUTH) {
                throw refused;
            }
            outcome = "the portal no longer took the API key";
        }
        store.delete();
        context.printer().line("Signed out of " + login.url() + ": " + outcome + " and " + store.file() + " is removed.");
    }
}
