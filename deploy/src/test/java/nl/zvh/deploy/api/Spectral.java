package nl.zvh.deploy.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Spectral (Stoplight's OpenAPI linter, from npm at a fixed version) in {@code deploy/target/spectral}, installed on
 * first use with the machine's npm (Debian: {@code apt-get install nodejs npm}; {@code .ci/run} installs them).
 */
final class Spectral {
    static final String VERSION = "6.16.3";
    static final Path HOME = Path.of("target/spectral").toAbsolutePath();
    static final Path BIN = HOME.resolve("node_modules/.bin/spectral");

    private Spectral() {
    }

    /** The linter's executable, installed when missing. */
    static Path installed() throws IOException, InterruptedException {
        if (Files.isExecutable(BIN) && run(List.of(BIN.toString(), "--version"), 60).trim().equals(VERSION)) {
            return BIN;
        }
        Files.createDirectories(HOME);
        run(List.of("npm", "install", "--prefix", HOME.toString(), "--no-audit", "--no-fund", "--loglevel=error",
                "@stoplight/spectral-cli@" + VERSION), 600);
        if (!Files.isExecutable(BIN)) {
            throw new IllegalStateException("npm did not install Spectral into " + HOME);
        }
        return BIN;
    }

    /** Runs a command, returns its output; fails on a missing program or a timeout, not on a non-zero exit. */
    static String run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        } catch (IOException missing) {
            throw new IllegalStateException(command.get(0) + " is needed to lint the API documents (Node.js and npm: "
                    + "apt-get install nodejs npm)", missing);
        }
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " timed out");
        }
        return new String(out, java.nio.charset.StandardCharsets.UTF_8);
    }
}
