package mx.captacion.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import mx.captacion.platform.TestMessages;

/**
 * fragments/pager, which the bitácora, the auxiliares list and the hearing page share: the same
 * navigation those pages wrote out by hand (nothing for one page, the previous link from the second
 * page on, the next link up to the one before last).
 */
class PagerFragmentTest {

    private static final String CALL = """
            <nav th:replace="~{fragments/pager :: pager(${p}, ${n}, @{/lista(q=${q},pagina=${p - 1})}, @{/lista(q=${q},pagina=${p + 1})})}"></nav>""";

    private final SpringTemplateEngine engine = engine();

    @Test
    void oneStepNothing() {
        assertThat(render(0, 1)).isEmpty();
    }

    @Test
    void firstPageLinksToTheNextOnly() {
        assertThat(render(0, 3)).isEqualTo("<nav aria-label=\"Páginas\" class=\"pager\">"
                + "<span>Página 1 de 3</span>"
                + "<a rel=\"next\" href=\"/captacion/lista?q=a%20b&amp;pagina=1\">Página siguiente</a></nav>");
    }

    @Test
    void middlePageLinksBothWays() {
        assertThat(render(1, 3)).isEqualTo("<nav aria-label=\"Páginas\" class=\"pager\">"
                + "<a rel=\"prev\" href=\"/captacion/lista?q=a%20b&amp;pagina=0\">Página anterior</a>"
                + "<span>Página 2 de 3</span>"
                + "<a rel=\"next\" href=\"/captacion/lista?q=a%20b&amp;pagina=2\">Página siguiente</a></nav>");
    }

    @Test
    void lastPageLinksToThePreviousOnly() {
        assertThat(render(2, 3)).isEqualTo("<nav aria-label=\"Páginas\" class=\"pager\">"
                + "<a rel=\"prev\" href=\"/captacion/lista?q=a%20b&amp;pagina=1\">Página anterior</a>"
                + "<span>Página 3 de 3</span></nav>");
    }

    private String render(int page, int totalPages) {
        MockServletContext servletContext = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext);
        request.setContextPath("/captacion");
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, new MockHttpServletResponse()), Locale.forLanguageTag("es-MX"),
                Map.of("p", page, "n", totalPages, "q", "a b"));
        return engine.process(CALL, context).replaceAll(">\\s+<", "><").strip();
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver strings = new StringTemplateResolver();
        strings.setOrder(2);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(strings);
        engine.setTemplateEngineMessageSource(TestMessages.bundle());
        return engine;
    }
}
