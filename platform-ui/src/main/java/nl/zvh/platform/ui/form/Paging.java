package nl.zvh.platform.ui.form;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Paging and sorting of a table, read from the query ({@code page}, {@code sort}, {@code dir}); links keep the other
 * query parameters (filters). Queries use {@link #offset()} and {@link #size()}.
 */
public final class Paging {

    private final String path;
    private final Map<String, String> query;
    private final int page;
    private final int size;
    private final long total;
    private final String sort;
    private final boolean descending;

    private Paging(String path, Map<String, String> query, int page, int size, long total, String sort,
            boolean descending) {
        this.path = path;
        this.query = query;
        this.size = Math.max(1, size);
        this.total = Math.max(0, total);
        int pages = pages(this.total, this.size);
        this.page = Math.min(Math.max(1, page), pages);
        this.sort = sort;
        this.descending = descending;
    }

    /**
     * @param path  the page's path at the gateway (links are relative to it)
     * @param query the request's query parameters (page, sort, dir and filters)
     */
    public static Paging of(String path, Map<String, String> query, int size, long total, String defaultSort) {
        Map<String, String> kept = new LinkedHashMap<>(query == null ? Map.of() : query);
        int page = parse(kept.remove("page"));
        String sort = kept.remove("sort");
        String dir = kept.remove("dir");
        return new Paging(path, kept, page, size, total, sort == null || sort.isBlank() ? defaultSort : sort,
                "desc".equals(dir));
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public long total() {
        return total;
    }

    public int pages() {
        return pages(total, size);
    }

    public int offset() {
        return (page - 1) * size;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public String sort() {
        return sort;
    }

    public boolean descending() {
        return descending;
    }

    public String href(int target) {
        return link(target, sort, descending);
    }

    /** Sorts by the column; a second click on the current column reverses the order. */
    public String sortHref(String column) {
        return link(1, column, column.equals(sort) && !descending);
    }

    private String link(int target, String bySort, boolean desc) {
        StringJoiner q = new StringJoiner("&", "?", "");
        query.forEach((k, v) -> q.add(enc(k) + "=" + enc(v)));
        if (target > 1) {
            q.add("page=" + target);
        }
        if (bySort != null) {
            q.add("sort=" + enc(bySort));
        }
        if (desc) {
            q.add("dir=desc");
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

    private static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
