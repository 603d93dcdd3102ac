package mx.captacion.mail;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** TEMPORARY: stands in until the mail outbox lands; it only logs what would be sent. */
@Component
class LoggedMails implements Mails {

    private static final Logger LOG = LoggerFactory.getLogger(LoggedMails.class);

    @Override
    public void queue(String to, String template, Map<String, Object> model) {
        LOG.info("Correo {} para {}: {}", template, to, model.keySet());
    }
}
