package nl.zvh.deploy.images;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Just enough of a tar reader for image archives and layers (ustar, POSIX pax and GNU long names), with the JDK alone.
 */
final class Tar {

    /** One entry; {@code content} is kept only for the entries the caller asked for. */
    record Entry(String path, char type, int mode, long uid, long gid, long mtime, long size, String linkTarget,
            byte[] content) {

        boolean isFile() {
            return type == '0' || type == '\0' || type == '7';
        }

        boolean isDirectory() {
            return type == '5';
        }

        boolean isSymlink() {
            return type == '2';
        }
    }

    private Tar() {
    }

    /** Every entry by its normalised path (no leading "./" or "/", no trailing "/"); the last one of a path wins. */
    static Map<String, Entry> read(InputStream in, Predicate<String> keepContent) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        byte[] header = new byte[512];
        Map<String, String> pax = Map.of();
        String longName = null;
        String longLink = null;
        while (readFully(in, header)) {
            if (isZero(header)) {
                break;
            }
            char type = (char) header[156];
            long size = number(header, 124, 12);
            String name = string(header, 0, 100);
            String prefix = string(header, 345, 155);
            if (!prefix.isEmpty() && "ustar".equals(string(header, 257, 5))) {
                name = prefix + "/" + name;
            }
            if (type == 'x' || type == 'g' || type == 'L' || type == 'K') {
                byte[] data = content(in, size);
                if (type == 'x') {
                    pax = paxRecords(data);
                } else if (type == 'L') {
                    longName = cString(data);
                } else if (type == 'K') {
                    longLink = cString(data);
                }
                continue;
            }
            String path = pax.getOrDefault("path", longName != null ? longName : name);
            String link = pax.getOrDefault("linkpath", longLink != null ? longLink : string(header, 157, 100));
            if (pax.containsKey("size")) {
                size = Long.parseLong(pax.get("size"));
            }
            long uid = pax.containsKey("uid") ? Long.parseLong(pax.get("uid")) : number(header, 108, 8);
            long gid = pax.containsKey("gid") ? Long.parseLong(pax.get("gid")) : number(header, 116, 8);
            long mtime = pax.containsKey("mtime")
                    ? (long) Double.parseDouble(pax.get("mtime"))
                    : number(header, 136, 12);
            int mode = (int) number(header, 100, 8);
            String normalised = normalise(path);
            boolean regular = type == '0' || type == '\0' || type == '7';
            byte[] data = null;
            if (regular && keepContent.test(normalised)) {
                data = content(in, size);
            } else if (regular) {
                skip(in, padded(size));
            }
            entries.put(normalised, new Entry(normalised, type, mode, uid, gid, mtime, size, link, data));
            pax = Map.of();
            longName = null;
            longLink = null;
        }
        return entries;
    }

    static String normalise(String path) {
        String p = path;
        while (p.startsWith("./") || p.startsWith("/")) {
            p = p.substring(p.startsWith("./") ? 2 : 1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static byte[] content(InputStream in, long size) throws IOException {
        byte[] data = new byte[Math.toIntExact(size)];
        if (!readFully(in, data)) {
            throw new IOException("truncated tar entry");
        }
        skip(in, padded(size) - size);
        return data;
    }

    private static long padded(long size) {
        return (size + 511) / 512 * 512;
    }

    private static Map<String, String> paxRecords(byte[] data) {
        Map<String, String> records = new LinkedHashMap<>();
        int i = 0;
        while (i < data.length) {
            int space = i;
            while (data[space] != ' ') {
                space++;
            }
            int length = Integer.parseInt(new String(data, i, space - i, StandardCharsets.US_ASCII));
            String record = new String(data, space + 1, length - (space - i) - 2, StandardCharsets.UTF_8);
            int eq = record.indexOf('=');
            records.put(record.substring(0, eq), record.substring(eq + 1));
            i += length;
        }
        return records;
    }

    private static long number(byte[] header, int offset, int length) {
        if ((header[offset] & 0x80) != 0) { // GNU base-256
            long value = header[offset] & 0x7f;
            for (int i = 1; i < length; i++) {
                value = (value << 8) | (header[offset + i] & 0xff);
            }
            return value;
        }
        String octal = string(header, offset, length).trim();
        return octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
    }

    private static String string(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static String cString(byte[] data) {
        int end = 0;
        while (end < data.length && data[end] != 0) {
            end++;
        }
        return new String(data, 0, end, StandardCharsets.UTF_8);
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean readFully(InputStream in, byte[] buffer) throws IOException {
        int read = in.readNBytes(buffer, 0, buffer.length);
        if (read == 0) {
            return false;
        }
        if (read < buffer.length) {
            throw new IOException("truncated tar");
        }
        return true;
    }

    private static void skip(InputStream in, long n) throws IOException {
        in.skipNBytes(n);
    }
}
