package org.clientportal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

/**
 * The stored login, one JSON file in the user's config directory: {@code PORTAL_CONFIG_DIR}, else
 * {@code $XDG_CONFIG_HOME/portal}, else {@code ~/.config/portal}. The file holds an API key, so it is
 * born with mode 0600 (a temporary file created with those permissions, then moved into place) and is
 * never readable by others, not even for the instant between a write and a chmod.
 */
public final class ConfigStore {

    static final String FILE_NAME = "config.json";

    private final Path directory;

    public ConfigStore(Path directory) {
        this.directory = directory;
    }

    public static ConfigStore forEnvironment(Map<String, String> env) {
        return new ConfigStore(directory(env));
    }

    static Path directory(Map<String, String> env) {
        String explicit = env.get("PORTAL_CONFIG_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "portal");
        }
        return Path.of(System.getProperty("user.home"), ".config", "portal");
    }

    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    public Optional<StoredLogin> load() {
        Path file = file();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(StoredLogin.fromJson(Json.parse(Files.readString(file, StandardCharsets.UTF_8))));
        } catch (IOException | IllegalArgumentException e) {
            throw new CliFailure(ExitCode.AUTH, "error: cannot read the stored login " + file + " (" + e.getMessage()
                    + "); run portal login again");
        }
    }

    public void save(StoredLogin login) {
        try {
            Files.createDirectories(directory, ownerOnly("rwx------"));
            Path partial = Files.createTempFile(directory, FILE_NAME, ".partial", ownerOnly("rw-------"));
            try {
                Files.writeString(partial, Json.pretty(login.toJson()), StandardCharsets.UTF_8);
                moveIntoPlace(partial);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new CliFailure(ExitCode.SERVER, "error: cannot store the login in " + file() + ": " + e.getMessage());
        }
    }

    /** Removes the stored login; true when there was one. */
    public boolean delete() {
        try {
            return Files.deleteIfExists(file());
        } catch (IOException e) {
            throw new CliFailure(ExitCode.SERVER, "error: cannot remove " + file() + ": " + e.getMessage());
        }
    }

    private void moveIntoPlace(Path partial) throws IOException {
        try {
            Files.move(partial, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file(), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }
}
