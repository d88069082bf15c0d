package uk.org.ncjaa.springboard.events.domain;

/** Prices are whole pence; people read pounds. */
public final class Money {

    private Money() {
    }

    public static String format(long pence) {
        if (pence == 0) {
            return "Free";
        }
        return pence % 100 == 0 ? "£" + (pence / 100) : String.format(java.util.Locale.UK, "£%d.%02d", pence / 100, pence % 100);
    }

    /** "£95", "95", "95.50" in pence; empty when it is not an amount. */
    public static java.util.OptionalInt parse(String text) {
        if (text == null) {
            return java.util.OptionalInt.empty();
        }
        String t = text.strip().replace("£", "").replace(",", "");
        if (!t.matches("\\d{1,6}(\\.\\d{1,2})?")) {
            return java.util.OptionalInt.empty();
        }
        java.math.BigDecimal pounds = new java.math.BigDecimal(t);
        return java.util.OptionalInt.of(pounds.movePointRight(2).intValueExact());
    }
}
