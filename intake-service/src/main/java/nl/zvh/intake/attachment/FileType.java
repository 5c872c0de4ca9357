package nl.zvh.intake.attachment;

import java.util.Arrays;
import java.util.Optional;

/** The accepted attachment types, recognised by their first bytes (magic numbers), never by name or header. */
public enum FileType {
    PDF("application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'}), PNG("image/png",
            new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}), JPEG("image/jpeg",
                    new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    /** Enough bytes to recognise every type. */
    public static final int HEAD = 8;

    private final String mediaType;
    private final byte[] magic;

    FileType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<FileType> detect(byte[] head) {
        return Arrays.stream(values()).filter(
                t -> head.length >= t.magic.length && Arrays.equals(Arrays.copyOf(head, t.magic.length), t.magic))
                .findFirst();
    }
}
