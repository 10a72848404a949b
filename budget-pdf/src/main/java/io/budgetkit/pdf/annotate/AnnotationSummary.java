package io.budgetkit.pdf.annotate;

/**
 * What {@link PdfAnnotator} wrote: how many pages the listing took and how each finding was shown.
 *
 * @param listingPages the pages inserted before the document for the listing (1 unless the findings
 *     fill more)
 * @param highlighted findings highlighted at their evidence box, each with a note
 * @param pageNotes findings with a page but no box, shown as a note at the page's top-left corner
 * @param listedOnly findings without evidence (or with a page the document does not have), shown
 *     only in the listing
 */
public record AnnotationSummary(int listingPages, int highlighted, int pageNotes, int listedOnly) {
  /** One line for a command's output: {@code 12 highlighted, 1 page note, 3 listed only}. */
  @Override
  public String toString() {
    return highlighted
        + " highlighted, "
        + pageNotes
        + (pageNotes == 1 ? " page note, " : " page notes, ")
        + listedOnly
        + " listed only";
  }
}
