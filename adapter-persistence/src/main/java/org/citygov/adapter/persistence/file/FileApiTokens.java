package org.citygov.adapter.persistence.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.citygov.adapter.persistence.memory.InMemoryApiTokens.TokenRules;
import org.citygov.application.port.out.ApiTokens;
import org.citygov.domain.access.Role;
import org.citygov.domain.shared.Result;

/**
 * API tokens kept in a JSON file ({@code tokens.json} in the data directory, readable by its owner only): names,
 * roles, times and SHA-256 hashes, never a token. {@code citygov token create} writes it while {@code citygov serve}
 * may be running in another process, so every read checks whether the file changed since it was last loaded, and every
 * write replaces the file atomically.
 */
public final class FileApiTokens implements ApiTokens {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    /** One token as the file writes it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(String name, Role role, String sha256, Instant createdAt, Instant revokedAt) {
        static Entry of(StoredToken t) {
            return new Entry(t.name(), t.role(), t.sha256(), t.createdAt(), t.revokedAt().orElse(null));
        }

        StoredToken token() {
            return new StoredToken(name, role, sha256, createdAt, Optional.ofNullable(revokedAt));
        }
    }

    private final Path file;
    private List<StoredToken> loaded = List.of();
    private FileTime loadedAt;
    private long loadedSize = -1;

    public FileApiTokens(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Result<StoredToken> add(StoredToken token) {
        return change(tokens -> TokenRules.add(tokens, token));
    }

    @Override
    public synchronized Optional<StoredToken> findByHash(String sha256) {
        return current().stream().filter(t -> t.sha256().equals(sha256)).findFirst();
    }

    @Override
    public synchronized List<StoredToken> all() {
        return TokenRules.sorted(current());
    }

    @Override
    public synchronized Result<StoredToken> revoke(String name, Instant at) {
        return change(tokens -> TokenRules.revoke(tokens, name, at));
    }

    private Result<StoredToken> change(Function<List<StoredToken>, Result<StoredToken>> operation) {
        List<StoredToken> tokens = new ArrayList<>(current());
        Result<StoredToken> result = operation.apply(tokens);
        if (result.isSuccess()) {
            write(tokens);
        }
        return result;
    }

    private List<StoredToken> current() {
        try {
            BasicFileAttributes attributes;
            try {
                // one stat per lookup: a token revoked by another process is seen by the next request
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                loaded = List.of();
                loadedAt = null;
                return loaded;
            }
            FileTime modified = attributes.lastModifiedTime();
            long size = attributes.size();
            if (!modified.equals(loadedAt) || size != loadedSize) {
                List<Entry> entries = JSON.readValue(file.toFile(), new TypeReference<List<Entry>>() { });
                loaded = entries.stream().map(Entry::token).toList();
                loadedAt = modified;
                loadedSize = size;
            }
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token file " + file, e);
        }
    }

    private void write(List<StoredToken> tokens) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".tokens", ".tmp");
            try {
                restrict(temp);
                JSON.writeValue(temp.toFile(), tokens.stream().map(Entry::of).toList());
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            loaded = List.copyOf(tokens);
            loadedAt = Files.getLastModifiedTime(file);
            loadedSize = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the token file " + file, e);
        }
    }

    private static void restrict(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own protection applies
        }
    }
}
