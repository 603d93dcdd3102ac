package mx.captacion.accesslog.internal;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import mx.captacion.platform.ApiProblem;
import mx.captacion.platform.PortalPage;

/** /bitacora: INE staff search who saw whose personal data, and download it as CSV. */
@Controller
@PortalPage
class AccessLogPage {

    private final SearchingAccessLog searching;

    AccessLogPage(SearchingAccessLog searching) {
        this.searching = searching;
    }

    @GetMapping("/bitacora")
    String page(@RequestParam(required = false) String usuario, @RequestParam(required = false) String registro,
                @RequestParam(required = false) String clave, @RequestParam(required = false) String desde,
                @RequestParam(required = false) String hasta, @RequestParam(defaultValue = "0") int pagina,
                Model model) {
        SearchingAccessLog.Query query = new SearchingAccessLog.Query(usuario, registro, clave, desde, hasta);
        model.addAttribute("q", query);
        // links carry only the filters given, so a download or another page repeats exactly this search
        model.addAttribute("csv", withFilters("/bitacora/bitacora.csv", query).toUriString());
        model.addAttribute("pages", withFilters("/bitacora", query).queryParam("pagina", "").toUriString());
        try {
            model.addAttribute("result", searching.search(query, pagina));
        } catch (ApiProblem problem) {
            model.addAttribute("error", problem.getMessage());
        }
        return "accesslog/bitacora";
    }

    private static UriComponentsBuilder withFilters(String path, SearchingAccessLog.Query query) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        Map.of("usuario", nullToEmpty(query.usuario()), "registro", nullToEmpty(query.registro()),
                        "clave", nullToEmpty(query.clave()), "desde", nullToEmpty(query.desde()), "hasta", nullToEmpty(query.hasta()))
                .entrySet().stream().filter(e -> !e.getValue().isBlank()).sorted(Map.Entry.comparingByKey())
                .forEach(e -> uri.queryParam(e.getKey(), e.getValue().strip()));
        return uri;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @GetMapping("/bitacora/bitacora.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String usuario, @RequestParam(required = false) String registro,
                               @RequestParam(required = false) String clave, @RequestParam(required = false) String desde,
                               @RequestParam(required = false) String hasta) {
        return AccessLogApi.download(searching, new SearchingAccessLog.Query(usuario, registro, clave, desde, hasta));
    }
}
