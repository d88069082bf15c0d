package uk.org.ncjaa.springboard.insights.counting;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many searches of an area found nothing for the same words on one day. A row only ever grows,
 * through {@link SearchGapDayRepository#add}, so the entity offers no way to change it.
 */
@Entity
@Table(name = "insights_search_gap")
public class SearchGapDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String area;

    private LocalDate day;

    private String words;

    private long searches;

    protected SearchGapDay() {
    }

    public String area() {
        return area;
    }

    public LocalDate day() {
        return day;
    }

    public String words() {
        return words;
    }

    public long searches() {
        return searches;
    }
}
