package nl.zvh.gateway.ratelimit;

/** Human-readable byte sizes for problem details ("100 MiB"). */
public final class RequestSize {

    private RequestSize() {
    }

    public static String describe(long bytes) {
        String[] units = {"bytes", "KiB", "MiB", "GiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1 && value % 1024 == 0) {
            value /= 1024;
            unit++;
        }
        return (value == Math.rint(value) ? Long.toString((long) value) : String.format("%.1f", value)) + " "
                + units[unit];
    }
}
