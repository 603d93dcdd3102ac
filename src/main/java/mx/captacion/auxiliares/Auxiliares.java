package mx.captacion.auxiliares;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Auxiliares extends JpaRepository<Auxiliar, Long> {

    @Query("select x from Auxiliar x where x.auxiliarId = :auxiliarId")
    Optional<Auxiliar> findByAuxiliarId(String auxiliarId);
}
