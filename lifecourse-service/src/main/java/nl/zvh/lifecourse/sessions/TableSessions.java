package nl.zvh.lifecourse.sessions;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import nl.zvh.platform.problem.ProblemException;

/**
 * The meetings of one table of the house (recorded, listed latest first, read), answered as the table's view; a
 * table's service extends it with what is decided at its meetings.
 *
 * @param <S> the table's meeting
 * @param <V> the meeting as the table's API answers it
 */
public abstract class TableSessions<S extends TableSession, V> {
    @Inject
    protected EntityManager em;

    private final Class<S> kind;
    private final String what;
    private final BiFunction<String, NewSession, S> factory;

    /**
     * @param kind    the table's meeting entity
     * @param what    the meeting as a problem names it, e.g. "inclusion session"
     * @param factory a new meeting of the house
     */
    protected TableSessions(Class<S> kind, String what, BiFunction<String, NewSession, S> factory) {
        this.kind = kind;
        this.what = what;
        this.factory = factory;
    }

    /** The meeting with what was decided at it. */
    protected abstract V view(S session);

    @Transactional
    public V open(String house, NewSession request) {
        S session = factory.apply(house, request);
        em.persist(session);
        return view(session);
    }

    /** The house's meetings, latest first. */
    @Transactional
    public List<V> sessions(String house) {
        return em
                .createQuery("select s from " + kind.getSimpleName()
                        + " s where s.house = :house order by s.sessionDate desc", kind)
                .setParameter("house", house).getResultStream().map(this::view).toList();
    }

    @Transactional
    public V session(UUID id, String house) {
        return view(require(id, house));
    }

    /** The house's meeting, else a 404 problem. */
    protected S require(UUID id, String house) {
        return em
                .createQuery("select s from " + kind.getSimpleName() + " s where s.id = :id and s.house = :house", kind)
                .setParameter("id", id).setParameter("house", house).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound(what + " " + id));
    }
}
