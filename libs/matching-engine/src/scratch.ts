/**
 * The solver reuses its large working buffers across calls (sparing the garbage collector a
 * megabyte per cohort) up to this many cells; larger ones are allocated per call so that one
 * national run does not pin its memory.
 */
export const SCRATCH_MAX_CELLS = 1 << 20;
