package uk.org.ncjaa.springboard.insights.counting;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many times one thing in an area was used on one day ("evidence", "pdf-download"). A row only
 * ever grows, through {@link UsageDayRepository#add}, so the entity offers no way to change it.
 */
@Entity
@Table(name = "insights_usage")
public class UsageDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String area;

    private String what;

    private LocalDate day;

    private long n;

    protected UsageDay() {
    }

    public String area() {
        return area;
    }

    public String what() {
        return what;
    }

    public LocalDate day() {
        return day;
    }

    public long n() {
        return n;
    }
}
