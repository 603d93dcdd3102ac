package mx.captacion.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import mx.captacion.actors.PoliticalActor;
import mx.captacion.auxiliares.AppRegistration;
import mx.captacion.auxiliares.AuthenticationType;
import mx.captacion.auxiliares.Auxiliar;
import mx.captacion.auxiliares.AuxiliarId;
import mx.captacion.auxiliares.AuxiliarRegistry;
import mx.captacion.auxiliares.BajaCause;
import mx.captacion.auxiliares.NewAuxiliar;
import mx.captacion.auxiliares.RegisteringInApp;
import mx.captacion.platform.DemoProfile;
import mx.captacion.roll.ElectoralRoll;
import mx.captacion.roll.RegistralStatus;

/**
 * The demo's auxiliares, taken through their real path: a synthetic person in the lista nominal,
 * an alta by the organization, the app registration with both sides of the credential.
 */
@Component
@Profile(DemoProfile.NAME)
class DemoAuxiliares {

    /** An auxiliar as its app knows it. */
    record Enrolled(String auxiliarId, String deviceToken) {
    }

    private final AuxiliarRegistry registry;
    private final RegisteringInApp registering;
    private final ElectoralRoll roll;
    private final SyntheticSubmissions people = new SyntheticSubmissions(4_242L, 20_000);

    DemoAuxiliares(AuxiliarRegistry registry, RegisteringInApp registering, ElectoralRoll roll) {
        this.registry = registry;
        this.registering = registering;
        this.roll = roll;
    }

    /** Alta and app registration; the INE review then approves them (they are in the roll). */
    Enrolled registered(PoliticalActor actor, String email) {
        SyntheticCitizens.SyntheticCitizen person = people.nextCitizen();
        roll.put(person.inRoll(RegistralStatus.EN_LISTA_NOMINAL));
        Auxiliar auxiliar = registry.alta(actor, new NewAuxiliar(person.fullName(), email, AuthenticationType.CORREO));
        AppRegistration.Receipt receipt = registering.register(people.registrationOf(auxiliar.getAuxiliarId().value(), person));
        return new Enrolled(auxiliar.getAuxiliarId().value(), receipt.deviceToken());
    }

    /** Alta only: the ID was mailed, the app registration has not come yet. */
    String unregistered(PoliticalActor actor, String email) {
        return alta(actor, email).value();
    }

    /** Alta, then a baja by the organization. */
    String givenBaja(PoliticalActor actor, String email, BajaCause cause) {
        AuxiliarId id = alta(actor, email);
        registry.baja(actor, id, cause, null, "demo", false);
        return id.value();
    }

    private AuxiliarId alta(PoliticalActor actor, String email) {
        SyntheticCitizens.SyntheticCitizen person = people.nextCitizen();
        return registry.alta(actor, new NewAuxiliar(person.fullName(), email, AuthenticationType.GOOGLE))
                .getAuxiliarId();
    }
}
