package mx.captacion.platform;

/** Text that people typed, shown in a Camunda Form's markdown: its special characters lose their meaning. */
public final class Markdown {

    private Markdown() {
    }

    public static String escape(String text) {
        return text == null ? "" : text.replaceAll("([\\\\`*_{}\\[\\]()#+!|<>~-])", "\\\\$1");
    }
}
