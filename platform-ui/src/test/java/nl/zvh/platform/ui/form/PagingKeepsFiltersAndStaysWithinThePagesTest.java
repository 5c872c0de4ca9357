package nl.zvh.platform.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagingKeepsFiltersAndStaysWithinThePagesTest {

    private static Map<String, String> query(String... pairs) {
        Map<String, String> q = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            q.put(pairs[i], pairs[i + 1]);
        }
        return q;
    }

    @Test
    void linksKeepTheFiltersAndTheSort() {
        Paging p = Paging.of("/privacy", query("service", "intake", "page", "2", "sort", "time", "dir", "desc"), 50,
                260, "time");
        assertEquals(2, p.page());
        assertEquals(6, p.pages());
        assertEquals(50, p.offset());
        assertEquals("/privacy?service=intake&page=3&sort=time&dir=desc", p.href(3));
        assertEquals("/privacy?service=intake&sort=time&dir=desc", p.href(1));
    }

    @Test
    void sortingByTheSameColumnAgainReversesAndStartsAtPageOne() {
        Paging p = Paging.of("/x", query("page", "4", "sort", "name"), 10, 100, "time");
        assertEquals("/x?sort=name&dir=desc", p.sortHref("name"));
        assertEquals("/x?sort=time", p.sortHref("time"));
    }

    @Test
    void aPageOutsideTheRangeIsTheNearestOne() {
        assertEquals(3, Paging.of("/x", query("page", "99"), 10, 25, null).page());
        assertEquals(1, Paging.of("/x", query("page", "-5"), 10, 25, null).page());
        assertEquals(1, Paging.of("/x", query("page", "abc"), 10, 25, null).page());
        Paging empty = Paging.of("/x", query(), 10, 0, null);
        assertEquals(1, empty.pages());
        assertFalse(empty.hasNext());
        assertTrue(Paging.of("/x", query(), 10, 11, null).hasNext());
    }

    @Test
    void filterValuesAreEncoded() {
        Paging p = Paging.of("/x", query("q", "de Vries & zn"), 10, 30, null);
        assertEquals("/x?q=de+Vries+%26+zn&page=2", p.href(2));
    }
}
