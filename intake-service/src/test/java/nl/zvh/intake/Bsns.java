package nl.zvh.intake;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh valid BSNs (eleven-test), so tests that look persons up by BSN never see another test's persons. */
public final class Bsns {
    private Bsns() {
    }

    public static String fresh() {
        while (true) {
            int[] d = new int[9];
            d[0] = 1 + ThreadLocalRandom.current().nextInt(9);
            int sum = 9 * d[0];
            for (int i = 1; i < 8; i++) {
                d[i] = ThreadLocalRandom.current().nextInt(10);
                sum += (9 - i) * d[i];
            }
            int last = sum % 11;
            if (last <= 9) {
                d[8] = last;
                StringBuilder s = new StringBuilder();
                for (int x : d) {
                    s.append(x);
                }
                return s.toString();
            }
        }
    }
}
