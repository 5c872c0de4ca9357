package nl.zvh.lifecourse.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Paging of a second list on a page whose main table already pages with the shell's {@code Paging} (which reads
 * {@code page}): this one reads its own query parameter ({@code sessions}) and keeps the others in its links.
 *
 * @param <T> the items
 */
public record ListPage<T>(List<T> items, int page, int pages, String previousHref, String nextHref) {

    static <T> ListPage<T> of(List<T> all, int size, String parameter, String path, Map<String, String> query) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int page = Math.min(Math.max(1, parse(query.get(parameter))), pages);
        List<T> items = all.subList((page - 1) * size, Math.min(all.size(), page * size));
        return new ListPage<>(items, page, pages, page > 1 ? href(path, query, parameter, page - 1) : null,
                page < pages ? href(path, query, parameter, page + 1) : null);
    }

    private static String href(String path, Map<String, String> query, String parameter, int target) {
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((k, v) -> {
            if (!k.equals(parameter)) {
                q.add(enc(k) + "=" + enc(v));
            }
        });
        if (target > 1) {
            q.add(enc(parameter) + "=" + target);
        }
        return path + q;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    private static int parse(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
