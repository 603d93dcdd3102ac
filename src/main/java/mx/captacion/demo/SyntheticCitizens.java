package mx.captacion.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import mx.captacion.identity.ClaveElector;
import mx.captacion.identity.Curp;
import mx.captacion.identity.Entidad;
import mx.captacion.identity.Sexo;
import mx.captacion.roll.RegistralStatus;
import mx.captacion.roll.RollEntry;

/**
 * Deterministic generator of fictitious citizens whose CURP, clave de elector and personal data agree,
 * for demos, tests and benchmarks. Names are random combinations of common names, not real people.
 */
public final class SyntheticCitizens {

    public record SyntheticCitizen(String nombre, String apellidoPaterno, String apellidoMaterno,
                                   LocalDate fechaNacimiento, Sexo sexo, Entidad entidadNacimiento,
                                   Entidad entidad, int seccion, int vigencia, String curp, String claveElector) {

        public String fullName() {
            return String.join(" ", nombre, apellidoPaterno, apellidoMaterno).trim();
        }

        /** This citizen as the lista nominal has them, with a registral status. */
        public RollEntry inRoll(RegistralStatus status) {
            return new RollEntry(claveElector, nombre, apellidoPaterno, apellidoMaterno.isEmpty() ? null : apellidoMaterno,
                    fechaNacimiento, sexo.name(), Integer.parseInt(entidad.number()), seccion, status);
        }
    }

    private static final List<String> MALE_NAMES = List.of(
            "José", "Juan", "Luis", "Carlos", "Jorge", "Miguel", "Francisco", "Pedro", "Manuel", "Jesús",
            "Antonio", "Alejandro", "Ricardo", "Fernando", "Roberto", "Eduardo", "Javier", "Sergio", "Raúl",
            "Arturo", "Daniel", "Mario", "Héctor", "Óscar", "Rafael", "Alberto", "Enrique", "Gerardo", "Víctor",
            "Armando", "Adrián", "Rubén", "Salvador", "Ramón", "Andrés", "Alfredo", "Guillermo", "Ángel",
            "Hugo", "Ignacio", "Diego", "Gabriel", "Emilio", "Santiago", "Mateo", "Sebastián", "Leonardo",
            "Iván", "Joel", "Efraín", "Joaquín", "Tomás", "Felipe", "Rodrigo", "Ernesto", "Gustavo",
            "José Luis", "Juan Carlos", "Miguel Ángel", "Jesús Alberto");

    private static final List<String> FEMALE_NAMES = List.of(
            "María", "Guadalupe", "Juana", "Margarita", "Verónica", "Leticia", "Rosa", "Patricia", "Elizabeth",
            "Gabriela", "Alejandra", "Adriana", "Claudia", "Silvia", "Teresa", "Laura", "Ana", "Martha",
            "Yolanda", "Araceli", "Isabel", "Lucía", "Norma", "Sandra", "Mónica", "Carmen", "Josefina",
            "Alicia", "Beatriz", "Rocío", "Ximena", "Valeria", "Fernanda", "Daniela", "Sofía", "Regina",
            "Camila", "Renata", "Mariana", "Paola", "Andrea", "Itzel", "Karla", "Diana", "Brenda", "Lorena",
            "Irma", "Esperanza", "Angélica", "Cristina", "Elena", "Susana", "Estela", "Noemí", "Ivonne",
            "María Fernanda", "Ma. Guadalupe", "María del Carmen", "Ana Karen", "María José");

    private static final List<String> SURNAMES = List.of(
            "Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez",
            "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Torres", "Díaz", "Gutiérrez",
            "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo", "Romero", "Álvarez", "Méndez", "Chávez",
            "Rivera", "Juárez", "Ramos", "Domínguez", "Herrera", "Medina", "Castro", "Vargas", "Guzmán",
            "Velázquez", "Muñoz", "Rojas", "Contreras", "Salazar", "Luna", "Ortega", "Santiago", "Guerrero",
            "Estrada", "Bautista", "Cortés", "Soto", "Alvarado", "Espinoza", "Lara", "Ávila", "Ríos", "Cervantes",
            "Silva", "Delgado", "Vega", "Márquez", "Sandoval", "Fernández", "León", "Carrillo", "Mejía", "Solís",
            "Núñez", "Rosas", "Valdez", "Ibarra", "Campos", "Santos", "Camacho", "Peña", "Maldonado", "Navarro",
            "Rosales", "De la Cruz", "Del Ángel");

    private static final List<Entidad> STATES = List.of(Entidad.values()).subList(0, 32);

    private final Random random;
    private final Set<String> issuedClaves = new HashSet<>();

    public SyntheticCitizens(long seed) {
        this.random = new Random(seed);
    }

    public SyntheticCitizen next() {
        Sexo sexo = randomSexo();
        List<String> givenNames = switch (sexo) {
            case H -> MALE_NAMES;
            case M -> FEMALE_NAMES;
            case X -> random.nextBoolean() ? MALE_NAMES : FEMALE_NAMES;
        };
        String nombre = pick(givenNames);
        String paterno = pick(SURNAMES);
        // Some people have a single surname; the rules then use X in its place.
        String materno = random.nextInt(50) == 0 ? "" : pick(SURNAMES);
        LocalDate birth = LocalDate.of(1945, 1, 1).plusDays(random.nextInt(22_280)); // up to 2005-12-31
        Entidad birthState = random.nextInt(200) == 0 ? Entidad.NACIDO_EN_EL_EXTRANJERO : pick(STATES);
        Entidad residence = random.nextInt(5) == 0 || birthState == Entidad.NACIDO_EN_EL_EXTRANJERO
                ? pick(STATES) : birthState;
        char differentiator = birth.getYear() < 2000
                ? (char) ('0' + random.nextInt(10))
                : (char) ('A' + random.nextInt(26));
        String curp = Curp.build(nombre, paterno, materno, birth, sexo, birthState, differentiator);
        return new SyntheticCitizen(nombre, paterno, materno, birth, sexo, birthState, residence,
                1 + random.nextInt(6000), 2030 + random.nextInt(9), curp,
                uniqueClave(nombre, paterno, materno, birth, birthState, sexo));
    }

    private String uniqueClave(String nombre, String paterno, String materno, LocalDate birth, Entidad birthState,
                               Sexo sexo) {
        int homoclave = random.nextInt(1000);
        for (int attempt = 0; attempt < 1000; attempt++) {
            String clave = ClaveElector.build(nombre, paterno, materno, birth, birthState, sexo,
                    (homoclave + attempt) % 1000);
            if (issuedClaves.add(clave)) {
                return clave;
            }
        }
        throw new IllegalStateException("Se agotaron las homoclaves para " + nombre + " " + paterno);
    }

    private Sexo randomSexo() {
        int roll = random.nextInt(100);
        return roll < 49 ? Sexo.H : roll < 99 ? Sexo.M : Sexo.X;
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
