package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text from a model (folded YAML blocks end in a newline) never breaks a block. */
class DocTest {

  @Test
  void aMarkdownTableCellWithLineBreaksStaysInItsRow() {
    Doc doc =
        new Doc()
            .table(
                List.of("option", "evidence"),
                List.of(
                    List.of("sign", "a note written as a folded block\n"),
                    List.of("withdraw", "first line\n  second | line  \r\n\nthird"),
                    List.of("wait", "plain")));
    assertThat(doc.render(Doc.Style.MARKDOWN))
        .isEqualTo(
            "| option | evidence |\n"
                + "|---|---|\n"
                + "| sign | a note written as a folded block |\n"
                + "| withdraw | first line second \\| line third |\n"
                + "| wait | plain |\n");
  }

  @Test
  void aTextTableCellWithLineBreaksStaysInItsRow() {
    Doc doc =
        new Doc()
            .table(
                List.of("option", "note\n"),
                List.of(List.of("sign", "folded\n"), List.of("withdraw", "two\nlines")));
    assertThat(doc.render(Doc.Style.TEXT))
        .isEqualTo(
            "option    note\n"
                + "--------  ---------\n"
                + "sign      folded\n"
                + "withdraw  two lines\n");
  }

  @Test
  void paragraphsAndBulletsLoseTrailingNewlines() {
    Doc doc =
        new Doc()
            .para("A description written as a folded block.\n")
            .bullets(List.of("one\n", "two  \n"))
            .para("After.\n\n");
    String expected = "A description written as a folded block.\n\n- one\n- two\n\nAfter.\n";
    assertThat(doc.render(Doc.Style.MARKDOWN)).isEqualTo(expected);
    assertThat(doc.render(Doc.Style.TEXT)).isEqualTo(expected);
  }

  @Test
  void aMarkdownBulletsFurtherLinesStayInsideTheItem() {
    Doc doc = new Doc().bullets(List.of("first\nwrapped\n\nsecond paragraph\n", "next"));
    assertThat(doc.render(Doc.Style.MARKDOWN))
        .isEqualTo("- first\n  wrapped\n\n  second paragraph\n- next\n");
  }

  @Test
  void aHeadingIsOneLine() {
    Doc doc = new Doc().heading(2, "A title\nwritten on two lines\n");
    assertThat(doc.render(Doc.Style.MARKDOWN)).isEqualTo("## A title written on two lines\n");
    assertThat(doc.render(Doc.Style.TEXT))
        .isEqualTo("A title written on two lines\n----------------------------\n");
  }
}
