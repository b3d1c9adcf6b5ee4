package org.clientportal.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion", description = "Print a shell completion script for bash or zsh.",
        footerHeading = "%nExamples:%n", footer = {"  source <(portal completion bash)        # in ~/.bashrc",
                "  source <(portal completion zsh)         # in ~/.zshrc"})
final class CompletionCommand implements Runnable {

    enum Shell { bash, zsh }

    private final Context context;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    CompletionCommand(Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        // picocli's script serves both: under zsh it loads bashcompinit itself.
        context.out().print(AutoComplete.bash("portal", spec.root().commandLine()));
    }
}
