package mx.captacion.roll;

import java.sql.Date;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The lista nominal extract loaded into the platform: what auxiliares and records are checked against. */
@Component
public class ElectoralRoll {

    private static final RowMapper<RollEntry> ENTRY = (rs, n) -> new RollEntry(rs.getString("clave_elector"),
            rs.getString("nombre"), rs.getString("apellido_paterno"), rs.getString("apellido_materno"),
            rs.getDate("fecha_nacimiento").toLocalDate(), rs.getString("sexo"), rs.getInt("entidad"),
            rs.getInt("seccion"), RegistralStatus.valueOf(rs.getString("registral_status")));

    private final JdbcTemplate jdbc;

    ElectoralRoll(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RollEntry> find(String claveElector) {
        List<RollEntry> found = jdbc.query("select * from captacion.electoral_roll where clave_elector = ?", ENTRY,
                claveElector);
        return found.stream().findFirst();
    }

    /** The citizens of these claves that the roll holds, by clave (one query for a whole compulsa batch). */
    public Map<String, RollEntry> findAll(Collection<String> claves) {
        if (claves.isEmpty()) {
            return Map.of();
        }
        return jdbc.query("select * from captacion.electoral_roll where clave_elector in ("
                        + String.join(",", Collections.nCopies(claves.size(), "?")) + ")", ENTRY, claves.toArray())
                .stream().collect(Collectors.toMap(RollEntry::claveElector, Function.identity()));
    }

    /** Whether any extract was loaded: with none, nobody can be judged absent from it. */
    public boolean isLoaded() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from captacion.electoral_roll)", Boolean.class));
    }

    /** Adds or replaces one citizen (demo data and tests; the bulk import streams instead). */
    public void put(RollEntry e) {
        jdbc.update("delete from captacion.electoral_roll where clave_elector = ?", e.claveElector());
        jdbc.update("""
                insert into captacion.electoral_roll (clave_elector, nombre, apellido_paterno, apellido_materno,
                    fecha_nacimiento, sexo, entidad, seccion, registral_status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                e.claveElector(), e.nombre(), e.apellidoPaterno(), e.apellidoMaterno(), Date.valueOf(e.fechaNacimiento()),
                e.sexo(), e.entidad(), e.seccion(), e.registralStatus().name());
    }
}
