package mx.captacion.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import mx.captacion.ModuleIntegrationTest;
import mx.captacion.accesslog.AccessLog;
import mx.captacion.mail.Mails;
import mx.captacion.mail.PlatformAddress;
import mx.captacion.platform.Roles;
import mx.captacion.platform.Users;
import mx.captacion.records.ReadingRecords;
import mx.captacion.roll.ElectoralRoll;

/**
 * The portal alone, with the modules whose pages it links (actors, auxiliares, the help desk): a
 * signed-in person changes the password and the page says so from the bundle; a wrong current
 * password is refused on the form; a representative's start page is the organization's. Records are
 * not started.
 */
@ModuleIntegrationTest
@AutoConfigureMockMvc
class PortalModuleIT {

    // the dependencies of the modules the portal uses, not the portal's: a module test starts direct dependencies only
    @MockitoBean
    Mails mails;
    @MockitoBean
    PlatformAddress platformAddress;
    @MockitoBean
    AccessLog accessLog;
    @MockitoBean
    ElectoralRoll roll;

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identity;
    @Autowired
    ApplicationContext context;

    @Test
    void aChangedPasswordIsSaidSoAndAWrongCurrentOneIsRefused() throws Exception {
        String id = "portal.modulo." + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        Users.ensure(identity, id, "Ramona", "Prueba", "contrasena-inicial", List.of());

        mvc.perform(post("/cuenta/contrasena").with(user(id)).with(csrf()).param("actual", "equivocada")
                        .param("nueva", "contrasena-nueva-1").param("confirmacion", "contrasena-nueva-1"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("error", "La contraseña actual no es correcta."));
        MvcResult changed = mvc.perform(post("/cuenta/contrasena").with(user(id)).with(csrf())
                        .param("actual", "contrasena-inicial").param("nueva", "contrasena-nueva-1")
                        .param("confirmacion", "contrasena-nueva-1"))
                .andExpect(redirectedUrl("/cuenta/contrasena"))
                .andExpect(flash().attribute("notice", "account.password.changed"))
                .andReturn();
        String page = mvc.perform(get("/cuenta/contrasena").with(user(id))
                        .cookie(changed.getResponse().getCookies())) // the session that holds the flash
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Su contraseña se cambió. Úsela la próxima vez que entre.");
        assertThat(identity.checkPassword(id, "contrasena-nueva-1")).isTrue();
        assertThat(identity.checkPassword(id, "contrasena-inicial")).isFalse();
    }

    @Test
    void aRepresentativeStartsAtTheOrganizationsPage() throws Exception {
        mvc.perform(get("/").with(user("representante.modulo.it").authorities(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority(Roles.REPRESENTANTE))))
                .andExpect(redirectedUrl("/organizacion"));
    }

    @Test
    void recordsAreNotStarted() {
        assertThat(context.getBeanNamesForType(ReadingRecords.class)).isEmpty();
    }
}
