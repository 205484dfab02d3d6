package org.warrantlab.cli.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * A heat map with its key (colour scale, base case, largest standard error) in a strip on its right and
 * the base case marked on the map: its cell outlined, or the cells it falls between. XChart lays
 * out the map in the width less the strip; the key and the marker are painted over it.
 */
final class BaseCaseHeatMap extends HeatMapChart {

  private final HeatMapLegend legend;
  private final Optional<GridSpan> column;
  private final Optional<GridSpan> row;
  private final int columns;
  private final int rows;

  /**
   * @param column where the base case falls across the columns, empty when off the grid
   * @param row where it falls up the rows (the first row at the bottom), empty when off the grid
   */
  BaseCaseHeatMap(HeatMapChartBuilder builder, HeatMapLegend legend, Optional<GridSpan> column,
      Optional<GridSpan> row, int columns, int rows) {
    super(builder);
    this.legend = legend;
    this.column = column;
    this.row = row;
    this.columns = columns;
    this.rows = rows;
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    super.paint(g, width - HeatMapLegend.WIDTH, height);
    setWidth(width);
    g.setClip(null);
    Rectangle2D area = plot.getBounds();
    legend.paint(g, new Rectangle2D.Double(width - HeatMapLegend.WIDTH, 0, HeatMapLegend.WIDTH, height),
        area.getY(), area.getMaxY());
    if (column.isEmpty() || row.isEmpty()) {
      return;
    }
    double cellWidth = area.getWidth() / columns;
    double cellHeight = area.getHeight() / rows;
    GridSpan across = column.get();
    GridSpan up = row.get();
    HeatMapLegend.BaseCaseMarker.outline(g, new Rectangle2D.Double(area.getX() + across.first() * cellWidth,
        area.getMaxY() - (up.last() + 1) * cellHeight, (across.last() - across.first() + 1) * cellWidth,
        (up.last() - up.first() + 1) * cellHeight));
  }
}
