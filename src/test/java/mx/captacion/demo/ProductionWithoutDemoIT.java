package mx.captacion.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import mx.captacion.IntegrationTestBase;
import mx.captacion.platform.DemoProfile;

/**
 * The platform started as in production (PostgreSQL, no demo profile; the tests' context) has no
 * bean of {@code mx.captacion.demo} and none of the demo's accounts, whose passwords are public.
 */
class ProductionWithoutDemoIT extends IntegrationTestBase {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void aStartWithoutTheDemoProfileHasNoDemoBeanNorDemoAccount() {
        assertThat(context.getEnvironment().matchesProfiles(DemoProfile.NAME)).isFalse();
        assertThat(Arrays.stream(context.getBeanDefinitionNames())
                .map(context.getBeanFactory()::getType)
                .filter(type -> type != null && type.getPackageName().equals(DemoData.class.getPackageName())))
                .isEmpty();
        String[] demoUsers = DemoData.USERS.stream().map(DemoData.DemoUser::id).toArray(String[]::new);
        assertThat(identity.createUserQuery().userIdIn(demoUsers).list()).isEmpty();
    }
}
