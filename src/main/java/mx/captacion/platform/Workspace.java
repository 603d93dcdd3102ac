package mx.captacion.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The folders a process owner or an integrator edits ({@code processes/}, {@code forms/},
 * {@code integration/}). A folder on disk wins; the copy packaged in the jar is the fallback
 * for a platform started without its working directory.
 */
public final class Workspace {

    private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

    private Workspace() {
    }

    /** A file found in a workspace folder, named relative to that folder. */
    public record WorkspaceFile(String name, Resource resource) {
    }

    /** Base location of the folder: {@code file:/abs/dir/} when it exists, else {@code classpath:name/}. */
    public static String location(String folder, String packagedName) {
        Path dir = Path.of(folder).toAbsolutePath().normalize();
        return Files.isDirectory(dir) ? dir.toUri().toString() : "classpath:" + packagedName + "/";
    }

    /** Files of the folder whose names end with one of the suffixes, sorted by name. */
    public static List<WorkspaceFile> files(String folder, String packagedName, String... suffixes) {
        String base = location(folder, packagedName);
        List<WorkspaceFile> found = new ArrayList<>();
        try {
            for (String suffix : suffixes) {
                for (Resource resource : RESOLVER.getResources(base + "*" + suffix)) {
                    found.add(new WorkspaceFile(resource.getFilename(), resource));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer la carpeta " + base, e);
        }
        found.sort(Comparator.comparing(WorkspaceFile::name));
        return found;
    }
}
