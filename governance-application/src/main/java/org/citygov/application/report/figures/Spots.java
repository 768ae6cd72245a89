package org.citygov.application.report.figures;

import java.util.ArrayList;
import java.util.List;

/** Where {@code n} markers go inside one square cell: a centred grid, each spot {x, y, radius}, all inside the cell. */
final class Spots {

    private Spots() {
    }

    static List<double[]> inCell(double x, double y, double cell, int n) {
        int columns = (int) Math.ceil(Math.sqrt(n));
        int rows = (int) Math.ceil(n / (double) columns);
        double step = Math.min(26, (cell - 14) / Math.max(columns, rows));
        double radius = Math.max(3, Math.min(10, step / 2 - 3));
        double startX = x + cell / 2 - step * (columns - 1) / 2;
        double startY = y + cell / 2 - step * (rows - 1) / 2;
        List<double[]> spots = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            spots.add(new double[] {startX + (i % columns) * step, startY + (i / columns) * step, radius});
        }
        return spots;
    }
}
