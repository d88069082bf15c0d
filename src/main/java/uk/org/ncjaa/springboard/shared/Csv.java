package uk.org.ncjaa.springboard.shared;

/** Writing cells of CSV that people open in spreadsheets. */
public final class Csv {

    private Csv() {
    }

    /** A quoted cell; text a spreadsheet would run as a formula is prefixed with an apostrophe. */
    public static String cell(String text) {
        return '"' + formulaGuard(text == null ? "" : text).replace("\"", "\"\"") + '"';
    }

    /** A cell starting with =, +, -, @, a tab or a carriage return is made plain text. */
    public static String formulaGuard(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
