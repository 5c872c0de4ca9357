package nl.zvh.coveca.documents;

import java.util.Optional;

/**
 * The file types a case accepts, told by their first bytes (never by the name or the browser's header): PDF, PNG and
 * JPEG.
 */
enum FileKind {
    PDF("application/pdf", "%PDF-"), PNG("image/png", "\u0089PNG\r\n\u001a\n"), JPEG("image/jpeg",
            "\u00ff\u00d8\u00ff");

    /** How many first bytes tell every type. */
    static final int HEAD = 8;

    final String mediaType;
    private final String signature;

    FileKind(String mediaType, String signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    static Optional<FileKind> of(byte[] head) {
        for (FileKind kind : values()) {
            if (kind.startsOf(head)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private boolean startsOf(byte[] head) {
        if (head.length < signature.length()) {
            return false;
        }
        for (int i = 0; i < signature.length(); i++) {
            if ((head[i] & 0xff) != signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
