package org.warrantlab.cli.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook's bytes, the same on every run of the same input: the package's creation date is left out and
 * every part of the zip carries the same fixed time, so only the cells that differ (the run time) differ. The
 * formulas carry no cached results, so the workbook asks the spreadsheet to calculate them all when opened.
 */
final class WorkbookFile {

  /** The DOS epoch, the earliest time a zip entry can carry. */
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private WorkbookFile() {
  }

  static byte[] bytes(XSSFWorkbook workbook) {
    workbook.getProperties().getCoreProperties().setCreated(Optional.empty());
    workbook.getProperties().getCoreProperties().setCreator("warrantlab");
    workbook.setForceFormulaRecalculation(true);
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    try (workbook) {
      workbook.write(written);
      return withFixedTimes(written.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the workbook", e);
    }
  }

  private static byte[] withFixedTimes(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream rezipped = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(FIXED_TIME);
        rezipped.putNextEntry(copy);
        in.transferTo(rezipped);
        rezipped.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
