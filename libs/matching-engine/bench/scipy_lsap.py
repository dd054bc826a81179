"""Times SciPy's linear_sum_assignment on a float64 row-major matrix file; prints JSON.

Usage: python scipy_lsap.py MATRIX_FILE ROWS COLS RUNS [maximize]
Only the solve is timed (median of RUNS after one warm-up), not the file reading.
"""
import json
import statistics
import sys
import time

import numpy as np
import scipy
from scipy.optimize import linear_sum_assignment


def main() -> None:
    path, rows, cols, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    maximize = len(sys.argv) > 5 and sys.argv[5] == "maximize"
    cost = np.fromfile(path, dtype=np.float64).reshape(rows, cols)
    linear_sum_assignment(cost, maximize=maximize)  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        row_ind, col_ind = linear_sum_assignment(cost, maximize=maximize)
        times.append((time.perf_counter_ns() - start) / 1e6)
    total = float(cost[row_ind, col_ind].sum())
    print(json.dumps({
        "timeMs": statistics.median(times),
        "total": total,
        "assigned": int(len(row_ind)),
        "colForRow": [int(c) for c in col_ind] if rows <= cols else None,
        "scipy": scipy.__version__,
    }))


if __name__ == "__main__":
    main()
