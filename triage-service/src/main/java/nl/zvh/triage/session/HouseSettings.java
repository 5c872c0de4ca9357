package nl.zvh.triage.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** A house's own session weekday, time and cut-off (houses without a row use the configured default). */
@Entity
@Table(name = "triage_house_settings")
public class HouseSettings extends PanacheEntityBase {
    @Id
    public String house;

    @Enumerated(EnumType.STRING)
    public DayOfWeek sessionWeekday;

    public LocalTime sessionTime;

    public int cutoffDaysBefore;

    public LocalTime cutoffTime;
}
