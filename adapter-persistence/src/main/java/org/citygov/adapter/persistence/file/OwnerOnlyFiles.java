package org.citygov.adapter.persistence.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Directories and files that only their owner may read, from the moment they exist. Each is created with the
 * owner-only mode ({@code rwx------}, {@code rw-------}), which the umask can only narrow, and then set to exactly that
 * mode (a chmod, which the umask does not touch): at no time can another user read it, whatever the umask. On a file
 * system without POSIX permissions they are created plainly and the system's own protection applies.
 */
public final class OwnerOnlyFiles {

    /** {@code rwx------}. */
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    /** {@code rw-------}. */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /** Creates {@code directory} and each missing parent owner-only; directories that exist are left as they are. */
    public static void createDirectories(Path directory) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = directory.toAbsolutePath().normalize(); p != null && !Files.exists(p); p = p.getParent()) {
            missing.push(p);
        }
        for (Path p : missing) {
            try {
                create(p, DIRECTORY, true);
            } catch (FileAlreadyExistsException e) {
                // made meanwhile by another process: left as it is
            }
        }
    }

    /** Creates {@code file} owner-only and empty if it does not exist; an existing file is made owner-only. */
    public static void createOrRestrict(Path file) throws IOException {
        try {
            create(file, FILE, false);
        } catch (FileAlreadyExistsException e) {
            restrict(file, FILE);
        }
    }

    /** Creates {@code file}, which must not exist, owner-only, and only then writes {@code text} (US-ASCII) into it. */
    public static void writeNew(Path file, String text) throws IOException {
        create(file, FILE, false);
        Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static void create(Path path, Set<PosixFilePermission> mode, boolean directory) throws IOException {
        boolean posix = Files.getFileStore(existingAncestor(path)).supportsFileAttributeView("posix");
        FileAttribute<?>[] attributes = posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)}
                : new FileAttribute<?>[0];
        if (directory) {
            Files.createDirectory(path, attributes);
        } else {
            Files.createFile(path, attributes);
        }
        if (posix) {
            Files.setPosixFilePermissions(path, mode);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> mode) throws IOException {
        try {
            Files.setPosixFilePermissions(path, mode);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own protection applies
        }
    }

    private static Path existingAncestor(Path path) {
        Path p = path.toAbsolutePath().getParent();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? path.toAbsolutePath().getRoot() : p;
    }
}
