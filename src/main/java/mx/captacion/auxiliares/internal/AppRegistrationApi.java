package mx.captacion.auxiliares.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import mx.captacion.auxiliares.AppRegistration;
import mx.captacion.auxiliares.RegisteringInApp;

/** The mobile app's registration endpoint; its answer carries the device token for every later submission. */
@RestController
class AppRegistrationApi {

    private final RegisteringInApp registering;

    AppRegistrationApi(RegisteringInApp registering) {
        this.registering = registering;
    }

    @PostMapping(path = "/api/v1/auxiliares/registro", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    AppRegistration.Receipt register(@RequestBody AppRegistration request) {
        return registering.register(request);
    }
}
