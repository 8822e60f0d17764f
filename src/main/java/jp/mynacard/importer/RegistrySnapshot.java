package jp.mynacard.importer;

import jakarta.persistence.EntityManager;
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
 * The part of the registry one chunk touches, loaded with four queries: the residents, who owns
 * each incoming Individual Number, card and serial, and the current cards and certificates.
 */
final class RegistrySnapshot {
  final Map<String, Resident> residents = new HashMap<>();
  final Map<String, String> numberOwner = new HashMap<>();
  final Map<String, Card> cards = new HashMap<>();
  final Map<String, String> cardOwner = new HashMap<>();
  final Map<String, Certificate> certificates = new HashMap<>();
  final Map<String, String> certificateCard = new HashMap<>();

  static RegistrySnapshot load(EntityManager em, List<ImportRow> rows) {
    RegistrySnapshot s = new RegistrySnapshot();
    for (Resident r : in(em, "SELECT r FROM Resident r WHERE r.residentId IN :k", Resident.class,
        ids(rows.stream().map(ImportRow::residentId)))) {
      s.residents.put(r.getResidentId(), r);
    }
    for (Object[] o : in(em, "SELECT r.numberHash, r.residentId FROM Resident r"
        + " WHERE r.numberHash IN :k", Object[].class,
        ids(rows.stream().map(row -> row.number().hash())))) {
      s.numberOwner.put((String) o[0], (String) o[1]);
    }
    Set<String> cardIds = ids(Stream.concat(
        rows.stream().map(r -> r.card() == null ? null : r.card().cardId()),
        s.residents.values().stream().map(Resident::getCurrentCardId)));
    for (Object[] o : in(em, "SELECT c, c.resident.residentId FROM Card c WHERE c.cardId IN :k",
        Object[].class, cardIds)) {
      Card c = (Card) o[0];
      s.cards.put(c.getCardId(), c);
      s.cardOwner.put(c.getCardId(), (String) o[1]);
    }
    Set<String> serials = ids(Stream.of(
        rows.stream().map(r -> r.userCert() == null ? null : r.userCert().serial()),
        rows.stream().map(r -> r.signCert() == null ? null : r.signCert().serial()),
        s.cards.values().stream().map(Card::getUserCertSerial),
        s.cards.values().stream().map(Card::getSignCertSerial)).flatMap(x -> x));
    for (Object[] o : in(em, "SELECT s, s.card.cardId FROM Certificate s WHERE s.serial IN :k",
        Object[].class, serials)) {
      Certificate c = (Certificate) o[0];
      s.certificates.put(c.getSerial(), c);
      s.certificateCard.put(c.getSerial(), (String) o[1]);
    }
    return s;
  }

  private static Set<String> ids(Stream<String> ids) {
    Set<String> set = new HashSet<>();
    ids.filter(Objects::nonNull).forEach(set::add);
    return set;
  }

  private static <T> List<T> in(EntityManager em, String jpql, Class<T> type, Collection<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return em.createQuery(jpql, type).setParameter("k", keys).getResultList();
  }
}
