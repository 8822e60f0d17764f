package jp.mynacard.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Names, languages and statuses to draw from; kana follows the kanji it belongs to. */
final class DemoNames {
  record Name(String written, String kana) {}

  static final List<Name> FAMILY =
      List.of(
          new Name("佐藤", "サトウ"),
          new Name("鈴木", "スズキ"),
          new Name("高橋", "タカハシ"),
          new Name("田中", "タナカ"),
          new Name("伊藤", "イトウ"),
          new Name("渡辺", "ワタナベ"),
          new Name("山本", "ヤマモト"),
          new Name("中村", "ナカムラ"),
          new Name("小林", "コバヤシ"),
          new Name("加藤", "カトウ"),
          new Name("吉田", "ヨシダ"),
          new Name("山田", "ヤマダ"));
  static final List<Name> GIVEN_F =
      List.of(
          new Name("花子", "ハナコ"),
          new Name("陽菜", "ヒナ"),
          new Name("結衣", "ユイ"),
          new Name("美咲", "ミサキ"),
          new Name("恵子", "ケイコ"),
          new Name("さくら", "サクラ"));
  static final List<Name> GIVEN_M =
      List.of(
          new Name("太郎", "タロウ"),
          new Name("翔太", "ショウタ"),
          new Name("大輝", "ダイキ"),
          new Name("健一", "ケンイチ"),
          new Name("蓮", "レン"),
          new Name("誠", "マコト"));
  static final List<Name> FOREIGN_FAMILY =
      List.of(
          new Name("NGUYEN", "グエン"),
          new Name("WANG", "ワン"),
          new Name("KIM", "キム"),
          new Name("SANTOS", "サントス"),
          new Name("SHRESTHA", "シュレスタ"),
          new Name("GARCIA", "ガルシア"));
  static final List<Name> FOREIGN_GIVEN =
      List.of(
          new Name("VAN AN", "ヴァン アン"),
          new Name("LI", "リー"),
          new Name("MINJI", "ミンジ"),
          new Name("ANA", "アナ"),
          new Name("RAM", "ラム"),
          new Name("MARIA", "マリア"));
  static final List<String> NATIONALITIES =
      List.of("VN", "CN", "KR", "PH", "BR", "NP", "ID", "TH", "US", "PE", "ES");
  static final Map<String, String> LANGUAGE =
      Map.ofEntries(
          Map.entry("JP", "ja"),
          Map.entry("VN", "vi"),
          Map.entry("CN", "zh"),
          Map.entry("KR", "ko"),
          Map.entry("PH", "tl"),
          Map.entry("BR", "pt"),
          Map.entry("NP", "ne"),
          Map.entry("ID", "id"),
          Map.entry("TH", "th"),
          Map.entry("US", "en"),
          Map.entry("PE", "es"),
          Map.entry("ES", "es"));
  static final List<String> WITH_STAY =
      List.of(
          "STUDENT",
          "ENGINEER_SPECIALIST_IN_HUMANITIES",
          "TECHNICAL_INTERN_TRAINING",
          "DEPENDENT",
          "SPECIFIED_SKILLED_WORKER_I",
          "SPOUSE_OR_CHILD_OF_JAPANESE_NATIONAL",
          "LONG_TERM_RESIDENT",
          "HIGHLY_SKILLED_PROFESSIONAL_I");
  static final List<String> WITHOUT_STAY =
      List.of("PERMANENT_RESIDENT", "SPECIAL_PERMANENT_RESIDENT", "HIGHLY_SKILLED_PROFESSIONAL_II");
  static final List<String> DISTRICTS = List.of("みらい市中央", "みらい市桜台", "みらい市東町", "みらい市学園南", "みらい市港北");

  private DemoNames() {}

  static <T> T pick(SplittableRandom random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
