package mx.captacion.actors;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PoliticalActors extends JpaRepository<PoliticalActor, Long> {

    @Query("select a from PoliticalActor a join fetch a.process where a.folio = :folio")
    Optional<PoliticalActor> findByFolio(String folio);

    @Query("select a from PoliticalActor a join fetch a.process where a.representativeUser = :user")
    Optional<PoliticalActor> findByRepresentativeUser(String user);

    @EntityGraph(attributePaths = "process")
    List<PoliticalActor> findAllByOrderByFolioAsc();

    @Query("select a from PoliticalActor a join fetch a.process p where p.code = :code order by a.registeredAt, a.folio")
    List<PoliticalActor> findByProcessCode(String code);

    @Query("select count(a) > 0 from PoliticalActor a where a.process = :process and lower(a.name) = lower(:name)")
    boolean isRegistered(CaptureProcess process, String name);

    default Optional<PoliticalActor> findByFolio(Folio folio) {
        return findByFolio(folio.value());
    }
}
