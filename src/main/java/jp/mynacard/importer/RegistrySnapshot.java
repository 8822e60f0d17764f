package jp.mynacard.importer;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import jp.mynacard.registry.Card;
import jp.mynacard.registry.Certificate;
import jp.mynacard.registry.Resident;

/**
 * The part of the registry one chunk touches: who owns each incoming key ({@link KeyProbe}), and,
 * for residents already registered, their entities with current card and certificates. A first
 * import finds no one and loads no entity.
 */
final class RegistrySnapshot {
  final Map<String, Resident> residents = new HashMap<>();
  final Map<String, String> numberOwner;
  final Map<String, Card> cards = new HashMap<>();
  final Map<String, String> cardOwner;
  final Map<String, Certificate> certificates = new HashMap<>();
  final Map<String, String> certificateCard;

  private RegistrySnapshot(KeyProbe probe) {
    this.numberOwner = probe.numberOwner;
    this.cardOwner = probe.cardOwner;
    this.certificateCard = probe.certificateCard;
  }

  static RegistrySnapshot load(EntityManager em, Connection c, List<ImportRow> rows)
      throws SQLException {
    List<String> residentIds = new ArrayList<>(rows.size());
    List<String> hashes = new ArrayList<>(rows.size());
    List<String> cardIds = new ArrayList<>(rows.size());
    List<String> serials = new ArrayList<>(rows.size() * 2);
    for (ImportRow row : rows) {
      residentIds.add(row.residentId());
      hashes.add(row.number().hash());
      if (row.card() != null) {
        cardIds.add(row.card().cardId());
        addSerial(serials, row.userCert());
        addSerial(serials, row.signCert());
      }
    }
    KeyProbe probe = KeyProbe.run(c, residentIds, hashes, cardIds, serials);
    RegistrySnapshot s = new RegistrySnapshot(probe);
    if (probe.residentCard.isEmpty()) {
      return s;
    }
    for (Resident r :
        in(
            em,
            "SELECT r FROM Resident r WHERE r.residentId IN :k",
            Resident.class,
            probe.knownResidents())) {
      s.residents.put(r.getResidentId(), r);
    }
    Set<String> knownCards =
        ids(
            Stream.concat(
                probe.residentCard.values().stream(),
                cardIds.stream().filter(probe.cardOwner::containsKey)));
    for (Card c2 : in(em, "SELECT c FROM Card c WHERE c.cardId IN :k", Card.class, knownCards)) {
      s.cards.put(c2.getCardId(), c2);
    }
    Set<String> knownSerials =
        ids(
            Stream.of(
                    probe.certificateCard.keySet().stream(),
                    s.cards.values().stream().map(Card::getUserCertSerial),
                    s.cards.values().stream().map(Card::getSignCertSerial))
                .flatMap(x -> x));
    for (Certificate cert :
        in(
            em,
            "SELECT s FROM Certificate s WHERE s.serial IN :k",
            Certificate.class,
            knownSerials)) {
      s.certificates.put(cert.getSerial(), cert);
    }
    return s;
  }

  private static void addSerial(List<String> serials, CertificateData cert) {
    if (cert != null) {
      serials.add(cert.serial());
    }
  }

  private static Set<String> ids(Stream<String> ids) {
    Set<String> set = new HashSet<>();
    ids.filter(Objects::nonNull).forEach(set::add);
    return set;
  }

  private static <T> List<T> in(
      EntityManager em, String jpql, Class<T> type, Collection<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return em.createQuery(jpql, type).setParameter("k", keys).getResultList();
  }
}
