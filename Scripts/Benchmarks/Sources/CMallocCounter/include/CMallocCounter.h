// Counts heap allocations for the benchmarks (Linux only): the benchmark executable links this target, whose
// malloc family interposes glibc's and counts every call before forwarding it.
#ifndef CMALLOCCOUNTER_H
#define CMALLOCCOUNTER_H

/// Allocations made so far in this process, or -1 where counting is not available.
long smsc_malloc_count(void);

#endif
